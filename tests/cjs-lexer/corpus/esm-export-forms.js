export{a};
