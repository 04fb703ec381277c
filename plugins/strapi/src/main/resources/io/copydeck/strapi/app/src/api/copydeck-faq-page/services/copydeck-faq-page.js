const { factories } = require('@strapi/strapi');

module.exports = factories.createCoreService('api::copydeck-faq-page.copydeck-faq-page');
