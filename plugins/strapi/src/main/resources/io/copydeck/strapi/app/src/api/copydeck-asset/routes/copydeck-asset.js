const { factories } = require('@strapi/strapi');

module.exports = factories.createCoreRouter('api::copydeck-asset.copydeck-asset');
