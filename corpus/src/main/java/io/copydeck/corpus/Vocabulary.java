package io.copydeck.corpus;

import java.util.List;

/**
 * The words synthetic campaigns are made of: categories of things a brand may promote (products,
 * services, events, causes) with their names, features, benefits, alternatives, proofs and needs;
 * audiences with pains and motivations; brand parts, tones and calls to action. All written for this
 * project. Prompts show facts by slot, so these words reach the corpus only through the lengths of
 * realised targets and through the tests that no target repeats them.
 */
final class Vocabulary {
    private Vocabulary() {}

    /** A category; {@code minPrice} 0 means offerings of this kind may be free. */
    record Category(String name, List<String> products, List<String> features, List<String> benefits,
                    List<String> alternatives, List<String> proofs, List<String> needs, double minPrice, double maxPrice) {}

    record AudienceType(String id, String description, List<String> pains, List<String> motivations) {}

    /** Where a campaign runs: its locale and the currency its prices are in. */
    record Market(String locale, String currency) {}

    /**
     * The words of synthetic campaigns in one language. {@code markets} has two: the first for two in three
     * campaigns, the second for the rest. {@code legal} formats a footer from the brand, a house number, a
     * street and a city; {@code title} a campaign title from a promo word and the category. The verb and clause
     * pools are the other fact shapes ({@code FactShape}); a language whose facts are all noun phrases may
     * still use them for variety of length.
     */
    record Words(List<Category> categories, List<AudienceType> audiences, List<Market> markets,
                 List<String> brandFirst, List<String> brandSecond, String legal, String cheap, String title,
                 List<String> taglines, List<String> voices, List<String> tones, List<String> ctas,
                 List<String> cities, List<String> streets, List<String> promoWords, List<String> conditions,
                 List<String> hashtagWords, List<String> channelNames, List<String> bundleNames,
                 List<String> verbBenefits, List<String> clauseBenefits, List<String> verbMotivations,
                 List<String> verbPains, List<String> verbNeeds) {}

    static final List<Category> CATEGORIES = List.of(
            new Category("ready-to-drink coffee", List.of("Cold Brew", "Nitro Can", "Oat Latte", "Mocha Shot", "Espresso Tonic"),
                    List.of("18-hour brew", "no added sugar", "recyclable can", "single-origin beans", "oat milk", "double shot"),
                    List.of("cafe-quality coffee in 30 seconds", "a smooth caffeine lift without the queue", "coffee that travels with you",
                            "a cold drink that actually wakes you up"),
                    List.of("vending-machine coffee", "instant coffee", "the station kiosk"),
                    List.of("brewed in small batches in Portland", "rated 4.7 by 3,000 drinkers"),
                    List.of("a good coffee on the go", "energy before the first meeting"), 2.5, 5),
            new Category("loose-leaf tea", List.of("Morning Sencha", "Harbour Chai", "Earl Grey Blue", "Mint Meadow", "Rooibos Sunset"),
                    List.of("first flush", "whole spices", "resealable tin", "organic leaves", "caffeine-free"),
                    List.of("a clear head without the jitters", "a warming cup in four minutes", "a calm break in a busy day",
                            "tea that tastes like tea"),
                    List.of("supermarket tea bags", "dusty tea bags"),
                    List.of("packed within a week of harvest", "sourced from three family gardens"),
                    List.of("a proper cup at the desk", "a calmer afternoon"), 6, 18),
            new Category("running shoes", List.of("Trail Runner 3", "City Glide", "Marathon Pro", "Tempo Lite", "Ridge Grip"),
                    List.of("recycled mesh upper", "carbon plate", "grippy outsole", "wide toe box", "reflective trim"),
                    List.of("more miles with less strain", "sure footing on wet trails", "a lighter, faster stride", "fewer blisters"),
                    List.of("heavy stability shoes", "last season's trainers"),
                    List.of("tested over 500 km by our club", "worn by 12 marathon finishers"),
                    List.of("shoes that last a season", "comfort on long runs"), 80, 180),
            new Category("skincare", List.of("Daily Glow Serum", "Barrier Cream", "Clear Day SPF 50", "Night Repair Oil", "Gentle Cleanser"),
                    List.of("vitamin C", "fragrance-free", "dermatologist tested", "niacinamide", "vegan formula"),
                    List.of("brighter skin in two weeks", "calm, comfortable skin all day", "daily protection that feels like nothing"),
                    List.of("heavy creams", "harsh scrubs"),
                    List.of("tested on 120 volunteers for 28 days", "recommended by dermatologists"),
                    List.of("a simple routine", "skin that feels comfortable"), 12, 48),
            new Category("project management software", List.of("TaskFlow", "Sprintboard", "Roadmapper", "TeamDesk", "PlanPilot"),
                    List.of("kanban boards", "time tracking", "Slack integration", "automated reports", "unlimited guests"),
                    List.of("fewer status meetings", "every deadline in one place", "projects that ship on time",
                            "a clear view of who does what"),
                    List.of("spreadsheets", "endless email threads"),
                    List.of("used by 4,000 teams", "rated 4.6 on review sites"),
                    List.of("one place for every project", "less admin for team leads"), 8, 30),
            new Category("meal kits", List.of("Veggie Box", "Family Feast", "Quick Fix Kit", "Protein Pack", "Weeknight Bowls"),
                    List.of("pre-portioned ingredients", "20-minute recipes", "local produce", "recyclable packaging"),
                    List.of("dinner sorted in 20 minutes", "less food waste", "new recipes every week"),
                    List.of("takeaway", "the same pasta every night"),
                    List.of("2 million meals delivered", "recipes tested by our chefs"),
                    List.of("healthy dinners without planning", "less time in the supermarket"), 25, 70),
            new Category("wireless earbuds", List.of("Pulse Buds", "Quiet One", "Sport Fit", "Studio Air", "Loop Mini"),
                    List.of("active noise cancelling", "30-hour battery", "sweat-proof", "wireless charging case"),
                    List.of("your music without the commute noise", "all-day listening on one charge", "earbuds that stay in on every run"),
                    List.of("tangled wired headphones", "bulky over-ears"),
                    List.of("two-year warranty", "reviewed by 800 listeners"),
                    List.of("quiet on the train", "music that keeps up"), 49, 199),
            new Category("dental practice", List.of("Smile Check", "Whitening Plan", "Family Dental Plan", "Hygiene Visit", "Brace Consult"),
                    List.of("evening appointments", "same-week booking", "gentle hygienists", "digital X-rays", "payment plans"),
                    List.of("a healthier smile", "check-ups without the wait", "treatment without the anxiety", "whiter teeth in three visits"),
                    List.of("waiting months for an NHS slot", "chain clinics"),
                    List.of("trusted by 6,000 local families", "rated 4.9 by our patients"),
                    List.of("a dentist who listens", "appointments that fit around work"), 0, 120),
            new Category("bike shop", List.of("City Commuter", "Gravel One", "Service Plan", "E-Bike Tune-Up", "Kids Balance Bike"),
                    List.of("hydraulic disc brakes", "lifetime frame warranty", "free fitting", "24-hour repairs", "Shimano gears"),
                    List.of("a smoother ride to work", "a bike that is always ready", "more time outdoors", "no more flat tyres"),
                    List.of("big-box stores", "online-only retailers"),
                    List.of("mechanics with 20 years of experience", "serving the town since 1998"),
                    List.of("a bike that fits", "repairs done this week"), 0, 900),
            new Category("B2B webinar", List.of("Growth Webinar", "Analytics Masterclass", "Security Briefing", "Hiring Playbook Live",
                    "Cloud Costs Clinic"),
                    List.of("a live Q&A", "slides to keep", "45 minutes", "expert panel", "recording for all attendees"),
                    List.of("a clear plan for next quarter", "answers from people who have done it", "numbers you can use on Monday"),
                    List.of("another long whitepaper", "vendor sales pitches"),
                    List.of("attended by 2,500 leaders last year", "speakers from three listed companies"),
                    List.of("practical advice for busy teams", "a benchmark for their plans"), 0, 0),
            new Category("charity appeal", List.of("Winter Appeal", "Monthly Giving", "Clean Water Fund", "School Meals Drive",
                    "Shelter Night"),
                    List.of("100% of donations to the project", "monthly updates", "gift aid", "local volunteers"),
                    List.of("a warm meal for a child", "a real change in your neighbourhood", "help that arrives this winter"),
                    List.of("one-off campaigns that fade", "big overheads"),
                    List.of("12,000 families helped last year", "audited every year"),
                    List.of("a way to help that really works", "knowing where the money goes"), 0, 50),
            new Category("yoga studio", List.of("Intro Month", "Morning Flow Pass", "Ten Class Card", "Prenatal Course", "Weekend Retreat"),
                    List.of("small classes", "mats provided", "beginner sessions", "online replays", "showers on site"),
                    List.of("a stronger back", "a calmer mind", "more energy through the week", "better sleep"),
                    List.of("crowded gyms", "video workouts you never finish"),
                    List.of("teachers with 500 hours of training", "rated the best studio in town"),
                    List.of("a routine that sticks", "time just for themselves"), 15, 140),
            new Category("accounting service", List.of("Tax Return Check", "Bookkeeping Plus", "Payroll Essentials", "Start-up Package"),
                    List.of("a named accountant", "fixed monthly fee", "cloud dashboard", "deadline reminders"),
                    List.of("tax returns filed on time", "more hours for your business", "no surprises from the tax office"),
                    List.of("doing it all in spreadsheets", "large firms"),
                    List.of("chartered accountants", "3,000 small businesses served"),
                    List.of("someone to handle the numbers", "peace of mind at year end"), 30, 400));

    static final List<AudienceType> AUDIENCES = List.of(
            new AudienceType("commuters", "Urban professionals who commute by train",
                    List.of("no time for breakfast", "bitter office coffee", "crowded mornings"),
                    List.of("convenience", "small daily luxuries", "arriving on time")),
            new AudienceType("students", "University students on a tight budget",
                    List.of("late-night deadlines", "money running out before the month ends", "noisy shared flats"),
                    List.of("value for money", "treats that fit the budget", "looking after themselves")),
            new AudienceType("parents", "Busy parents of young children",
                    List.of("no time to cook", "chaotic evenings", "never a moment to themselves"),
                    List.of("saving time", "healthy family habits", "a calmer home")),
            new AudienceType("runners", "Amateur runners training for their first race",
                    List.of("sore legs", "slipping on wet paths", "losing motivation in winter"),
                    List.of("beating a personal best", "staying injury-free")),
            new AudienceType("remote_workers", "Remote workers who work from home",
                    List.of("afternoon slump", "too many meetings", "blurred work and home life"),
                    List.of("focus", "a better daily routine", "getting out of the house")),
            new AudienceType("managers", "Team leads at growing startups",
                    List.of("missed deadlines", "status updates scattered everywhere", "hiring takes too long"),
                    List.of("visibility", "calm, predictable weeks", "a team that trusts them")),
            new AudienceType("lapsed_customers", "Former customers who have not ordered in a year",
                    List.of("too much choice", "forgetting to reorder", "a bad last experience"),
                    List.of("flexibility", "a reason to come back")),
            new AudienceType("gift_buyers", "People shopping for a thoughtful gift",
                    List.of("running out of gift ideas", "last-minute shopping"), List.of("making someone smile", "easy delivery")),
            new AudienceType("nervous_patients", "Adults who have put off seeing a dentist",
                    List.of("fear of the dentist", "toothache at night", "long waiting lists"),
                    List.of("feeling confident", "a kind, patient team")),
            new AudienceType("donors", "Regular donors to local causes",
                    List.of("not knowing where the money goes", "too many appeals"),
                    List.of("making a difference nearby", "seeing real results")),
            new AudienceType("small_business_owners", "Owners of small businesses with under 20 staff",
                    List.of("paperwork every evening", "cash flow worries", "no time to plan ahead"),
                    List.of("growing the business", "more time with family", "fewer surprises")),
            new AudienceType("cyclists", "People who cycle to work most days",
                    List.of("flat tyres on the way to work", "squeaky brakes", "bikes stuck in the repair queue"),
                    List.of("a reliable ride", "staying fit on the commute")));

    static final List<String> BRAND_FIRST = List.of("Aurora", "Northwind", "Juniper", "Harbor", "Maple", "Cobalt", "Ember",
            "Willow", "Summit", "Lumen", "Tidal", "Orchard", "Meridian", "Fable", "Kestrel", "Bramble", "Solace", "Vela",
            "Brightside", "Oakridge", "Riverside", "Copper", "Greenway", "Beacon");
    static final List<String> BRAND_SECOND = List.of("Co", "Labs", "Goods", "House", "Works", "& Sons", "Studio", "Market",
            "Clinic", "Cycles", "Trust", "Partners", "Collective");
    static final List<String> TAGLINES = List.of("Better mornings start here", "Made to be enjoyed", "Small things, done well",
            "For the way you live", "Good for you, good for the planet", "Everyday, upgraded", "Quality you can feel");
    static final List<String> VOICES = List.of("warm", "playful", "confident", "calm", "bold", "friendly", "witty",
            "straightforward", "upbeat", "caring", "energetic", "premium", "clear", "expert");
    static final List<String> TONES = List.of("friendly", "upbeat", "urgent", "calm", "playful", "professional", "warm",
            "personal", "bold", "reassuring");
    static final List<String> CTAS = List.of("Order now", "Shop now", "Try it today", "Get yours", "Claim your discount",
            "Start today", "Find out more", "Grab the deal", "See the range", "Join now", "Book your visit", "Register now",
            "Donate today", "Save your seat", "Book a call", "Get a quote");
    static final List<String> CITIES = List.of("Portland, OR 97201", "Bristol BS1 4DJ", "Austin, TX 78701",
            "Leeds LS1 2AB", "Denver, CO 80202", "Dublin D02 X285");
    static final List<String> STREETS = List.of("Harbor Street", "Quay Road", "Market Lane", "Elm Avenue", "Mill Way");
    static final List<String> OBJECTIVES = List.of("awareness", "consideration", "conversion", "retention", "launch");
    static final List<String> STRATEGIES = List.of("premium", "penetration", "value", "competitive", "bundle", "freemium");
    static final List<String> PROMO_WORDS = List.of("SPRING", "SUMMER", "AUTUMN", "WELCOME", "HELLO", "SAVE", "TREAT", "FRESH",
            "THANKS", "JOIN", "BACK");
    static final List<String> CONDITIONS = List.of("on orders over 30 USD", "for new customers only", "one use per customer",
            "while stocks last", "on your first order");
    static final List<String> HASHTAG_WORDS = List.of("MorningRitual", "TreatYourself", "NewIn", "ShopSmall", "WellnessWednesday",
            "RunHappy", "TeaTime", "WorkSmarter", "Foodie", "GiftIdeas", "GiveBack", "SmileMore", "BikeLife");
    static final List<String> CHANNEL_NAMES = List.of("launch", "winback", "weekly", "promo", "welcome", "reminder", "news");

    /*
     * Facts written as verb phrases and clauses, the other shapes a strategist writes (FactShape):
     * "climb with friends after work", "your evenings stay free". A campaign's facts are drawn from
     * these beside its category's noun phrases, so the model learns where each shape fits ("helps
     * you {benefit.0}", "tired of {pain.0}?") instead of putting every fact where a noun phrase goes.
     * Prompts show facts by slot and shape only; these words reach the corpus through lengths alone.
     */
    static final List<String> VERB_BENEFITS = List.of("get more done before lunch", "save an hour every week",
            "sleep better after busy days", "feel at home from the first visit", "keep every receipt in one place",
            "stay dry on the wettest days", "meet people who share your interests", "climb with friends after work",
            "pay less without losing quality", "book a visit in under a minute", "spend more time outdoors",
            "cut the time you spend on admin", "enjoy a proper break every afternoon", "learn at your own pace",
            "get answers the same day", "travel light and arrive relaxed", "plan the week in ten minutes",
            "protect what matters most", "try something new every month", "get stronger without a gym routine",
            "find the right fit first time", "keep your data safe", "grow your savings without thinking about it",
            "track every order in one place", "make new friends in town");
    static final List<String> CLAUSE_BENEFITS = List.of("your evenings stay free", "every order arrives on time",
            "you never wait in a queue", "the whole team knows what's next", "your skin stays calm all day",
            "it works from the first day", "nothing gets lost between visits", "your plans stay on track",
            "you always know what you pay", "your bike is ready when you are");
    static final List<String> VERB_MOTIVATIONS = List.of("feel stronger by summer", "spend less time on chores",
            "look after themselves", "get out of the house more", "keep costs under control", "try something different",
            "make every hour count", "stay active without a gym", "save for something special", "learn something new");
    static final List<String> VERB_PAINS = List.of("wait weeks for an appointment", "chase the same people every week",
            "juggle three apps to get one thing done", "sit at a desk all day", "start every Monday behind",
            "pay for things they never use");
    static final List<String> VERB_NEEDS = List.of("stay active without a chore", "get things done without the fuss",
            "find help close to home", "keep the whole family on track", "save money without cutting corners");

    static final Words ENGLISH = new Words(CATEGORIES, AUDIENCES,
            List.of(new Market("en-US", "USD"), new Market("en-GB", "GBP")), BRAND_FIRST, BRAND_SECOND,
            "%1$s Ltd., %2$d %3$s, %4$s", "cheap", "%1$s %2$s campaign", TAGLINES, VOICES, TONES, CTAS, CITIES, STREETS,
            PROMO_WORDS, CONDITIONS, HASHTAG_WORDS, CHANNEL_NAMES, List.of("Duo", "Set", "Bundle", "Starter Pack", "Box"),
            VERB_BENEFITS, CLAUSE_BENEFITS, VERB_MOTIVATIONS, VERB_PAINS, VERB_NEEDS);
}
