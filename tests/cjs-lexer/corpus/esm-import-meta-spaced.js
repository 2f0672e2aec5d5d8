x = import /* c */ . meta;
