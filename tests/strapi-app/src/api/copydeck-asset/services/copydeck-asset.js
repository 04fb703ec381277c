const { factories } = require('@strapi/strapi');

module.exports = factories.createCoreService('api::copydeck-asset.copydeck-asset');
