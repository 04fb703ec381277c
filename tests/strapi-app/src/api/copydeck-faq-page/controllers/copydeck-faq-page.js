const { factories } = require('@strapi/strapi');

module.exports = factories.createCoreController('api::copydeck-faq-page.copydeck-faq-page');
