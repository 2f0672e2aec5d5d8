Object.keys(_x).forEach(function (key) { if (key !== 'default') exports[key] = _x[key]; });
