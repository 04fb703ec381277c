package io.copydeck.corpus;

import java.util.List;

/**
 * The words synthetic campaigns are made of: product categories with their products,
 * features and benefits, audiences with pains and motivations, brand parts, tones and calls to
 * action. All written for this project.
 */
final class Vocabulary {
    private Vocabulary() {}

    record Category(String name, List<String> products, List<String> features, List<String> benefits,
                    List<String> alternatives, List<String> units, double minPrice, double maxPrice) {}

    record AudienceType(String id, String description, List<String> pains, List<String> motivations) {}

    static final List<Category> CATEGORIES = List.of(
            new Category("ready-to-drink coffee", List.of("Cold Brew", "Nitro Can", "Oat Latte", "Mocha Shot", "Espresso Tonic"),
                    List.of("18-hour brew", "no added sugar", "recyclable can", "single-origin beans", "oat milk", "double shot"),
                    List.of("cafe-quality coffee in 30 seconds", "a smooth caffeine lift without the queue", "coffee that travels with you"),
                    List.of("vending-machine coffee", "instant coffee", "the station kiosk"), List.of("330 ml can", "250 ml bottle"), 2.5, 5),
            new Category("loose-leaf tea", List.of("Morning Sencha", "Harbour Chai", "Earl Grey Blue", "Mint Meadow", "Rooibos Sunset"),
                    List.of("first flush", "whole spices", "resealable tin", "organic leaves", "caffeine-free"),
                    List.of("a clear head without the jitters", "a warming cup in four minutes", "a calm break in a busy day"),
                    List.of("supermarket tea bags", "dusty tea bags"), List.of("100 g tin", "50 g pouch"), 6, 18),
            new Category("running shoes", List.of("Trail Runner 3", "City Glide", "Marathon Pro", "Tempo Lite", "Ridge Grip"),
                    List.of("recycled mesh upper", "carbon plate", "grippy outsole", "wide toe box", "reflective trim"),
                    List.of("more miles with less strain", "sure footing on wet trails", "a lighter, faster stride"),
                    List.of("heavy stability shoes", "last season's trainers"), List.of("pair"), 80, 180),
            new Category("skincare", List.of("Daily Glow Serum", "Barrier Cream", "Clear Day SPF 50", "Night Repair Oil", "Gentle Cleanser"),
                    List.of("vitamin C", "fragrance-free", "dermatologist tested", "niacinamide", "vegan formula"),
                    List.of("brighter skin in two weeks", "calm, comfortable skin all day", "daily protection that feels like nothing"),
                    List.of("heavy creams", "harsh scrubs"), List.of("30 ml bottle", "50 ml tube"), 12, 48),
            new Category("project management software", List.of("TaskFlow", "Sprintboard", "Roadmapper", "TeamDesk", "PlanPilot"),
                    List.of("kanban boards", "time tracking", "Slack integration", "automated reports", "unlimited guests"),
                    List.of("fewer status meetings", "every deadline in one place", "projects that ship on time"),
                    List.of("spreadsheets", "endless email threads"), List.of("seat per month"), 8, 30),
            new Category("meal kits", List.of("Veggie Box", "Family Feast", "Quick Fix Kit", "Protein Pack", "Weeknight Bowls"),
                    List.of("pre-portioned ingredients", "20-minute recipes", "local produce", "recyclable packaging"),
                    List.of("dinner sorted in 20 minutes", "less food waste", "new recipes every week"),
                    List.of("takeaway", "the same pasta every night"), List.of("box"), 25, 70),
            new Category("wireless earbuds", List.of("Pulse Buds", "Quiet One", "Sport Fit", "Studio Air", "Loop Mini"),
                    List.of("active noise cancelling", "30-hour battery", "sweat-proof", "wireless charging case"),
                    List.of("your music without the commute noise", "all-day listening on one charge", "earbuds that stay in on every run"),
                    List.of("tangled wired headphones", "bulky over-ears"), List.of("pair"), 49, 199),
            new Category("plant-based snacks", List.of("Crunch Bites", "Nut Butter Bar", "Seaweed Crisps", "Lentil Puffs", "Cocoa Clusters"),
                    List.of("10 g protein", "gluten-free", "no palm oil", "low sugar"),
                    List.of("energy that lasts until lunch", "a snack you feel good about", "a crunchy afternoon pick-me-up"),
                    List.of("sugary chocolate bars", "greasy crisps"), List.of("pack of 12", "40 g bag"), 2, 25));

    static final List<AudienceType> AUDIENCES = List.of(
            new AudienceType("commuters", "Urban professionals who commute by train",
                    List.of("no time for breakfast", "bitter office coffee", "crowded mornings"),
                    List.of("convenience", "small daily luxuries")),
            new AudienceType("students", "University students on a tight budget",
                    List.of("late-night deadlines", "money running out before the month ends"),
                    List.of("value for money", "treats that fit the budget")),
            new AudienceType("parents", "Busy parents of young children",
                    List.of("no time to cook", "chaotic evenings"), List.of("saving time", "healthy family habits")),
            new AudienceType("runners", "Amateur runners training for their first race",
                    List.of("sore legs", "slipping on wet paths"), List.of("beating a personal best", "staying injury-free")),
            new AudienceType("remote_workers", "Remote workers who work from home",
                    List.of("afternoon slump", "too many meetings"), List.of("focus", "a better daily routine")),
            new AudienceType("managers", "Team leads at growing startups",
                    List.of("missed deadlines", "status updates scattered everywhere"), List.of("visibility", "calm, predictable weeks")),
            new AudienceType("lapsed_customers", "Former customers who have not ordered in a year",
                    List.of("too much choice", "forgetting to reorder"), List.of("flexibility", "a reason to come back")),
            new AudienceType("gift_buyers", "People shopping for a thoughtful gift",
                    List.of("running out of gift ideas", "last-minute shopping"), List.of("making someone smile", "easy delivery")));

    static final List<String> BRAND_FIRST = List.of("Aurora", "Northwind", "Juniper", "Harbor", "Maple", "Cobalt", "Ember",
            "Willow", "Summit", "Lumen", "Tidal", "Orchard", "Meridian", "Fable", "Kestrel", "Bramble", "Solace", "Vela");
    static final List<String> BRAND_SECOND = List.of("Co", "Labs", "Goods", "House", "Works", "& Sons", "Studio", "Market");
    static final List<String> TAGLINES = List.of("Better mornings start here", "Made to be enjoyed", "Small things, done well",
            "For the way you live", "Good for you, good for the planet", "Everyday, upgraded", "Quality you can feel");
    static final List<String> VOICES = List.of("warm", "playful", "confident", "calm", "bold", "friendly", "witty",
            "straightforward", "upbeat", "caring", "energetic", "premium");
    static final List<String> TONES = List.of("friendly", "upbeat", "urgent", "calm", "playful", "professional", "warm",
            "personal", "bold", "reassuring");
    static final List<String> CTAS = List.of("Order now", "Shop now", "Try it today", "Get yours", "Claim your discount",
            "Start today", "Find out more", "Grab the deal", "See the range", "Join now");
    static final List<String> CITIES = List.of("Portland, OR 97201", "Bristol BS1 4DJ", "Austin, TX 78701",
            "Leeds LS1 2AB", "Denver, CO 80202", "Dublin D02 X285");
    static final List<String> STREETS = List.of("Harbor Street", "Quay Road", "Market Lane", "Elm Avenue", "Mill Way");
    static final List<String> OBJECTIVES = List.of("awareness", "consideration", "conversion", "retention", "launch");
    static final List<String> STRATEGIES = List.of("premium", "penetration", "value", "competitive", "bundle");
    static final List<String> PROMO_WORDS = List.of("SPRING", "SUMMER", "AUTUMN", "WELCOME", "HELLO", "SAVE", "TREAT", "FRESH");
    static final List<String> HASHTAG_WORDS = List.of("MorningRitual", "TreatYourself", "NewIn", "ShopSmall", "WellnessWednesday",
            "RunHappy", "TeaTime", "WorkSmarter", "Foodie", "GiftIdeas");
}
