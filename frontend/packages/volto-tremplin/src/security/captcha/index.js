// Filled by the feature; takes the Volto config and returns it.
const install = (config) => config;

export default install;
