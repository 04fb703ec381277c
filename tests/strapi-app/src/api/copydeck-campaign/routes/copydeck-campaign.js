const { factories } = require('@strapi/strapi');

module.exports = factories.createCoreRouter('api::copydeck-campaign.copydeck-campaign');
