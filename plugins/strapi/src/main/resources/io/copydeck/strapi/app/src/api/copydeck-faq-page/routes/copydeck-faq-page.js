const { factories } = require('@strapi/strapi');

module.exports = factories.createCoreRouter('api::copydeck-faq-page.copydeck-faq-page');
