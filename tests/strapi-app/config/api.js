// The publisher lists existing assets 100 at a time.
module.exports = {
  rest: { defaultLimit: 25, maxLimit: 100, withCount: true },
};
