const { factories } = require('@strapi/strapi');

module.exports = factories.createCoreController('api::copydeck-campaign.copydeck-campaign');
