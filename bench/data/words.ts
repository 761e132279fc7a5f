/** Word lists for generated names, so trigram search sees real words, not ids. */

export const AGENCY_WORDS = {
  first: ["Blue", "North", "Bright", "Red", "Silver", "Golden", "Open", "Clear", "Wild", "True", "Little", "Grand"],
  second: ["Harbor", "Pixel", "Summit", "Fox", "Signal", "Lantern", "Orchard", "Compass", "Canvas", "Rocket", "Maple"],
  suffix: ["Media", "Digital", "Creative", "Marketing", "Studio", "Partners", "Collective", "Agency", "Labs"],
};

export const CLIENT_WORDS = {
  brand: [
    "Bluebird", "Summit", "Harbor", "Evergreen", "Copper", "Juniper", "Lakeside", "Meridian", "Oakridge", "Pioneer",
    "Riverstone", "Sunrise", "Tidewater", "Willow", "Aurora", "Beacon", "Cedar", "Driftwood", "Falcon", "Granite",
  ],
  business: [
    "Coffee", "Outdoor Gear", "Health Clinics", "Dental", "Bakery", "Fitness", "Realty", "Motors", "Pet Supply",
    "Hotels", "Books", "Cycles", "Brewing", "Florist", "Law Group", "Insurance", "Apparel", "Furniture",
  ],
  industry: ["Food & Beverage", "Retail", "Healthcare", "Hospitality", "Real Estate", "Automotive", "Professional Services"],
};

export const CAMPAIGN_WORDS = {
  season: ["Spring", "Summer", "Autumn", "Winter", "Holiday", "Black Friday", "Back to School", "New Year", "Easter"],
  theme: ["Sale", "Launch", "Awareness", "Retargeting", "Loyalty", "Promo", "Giveaway", "Webinar", "Newsletter"],
  objective: [
    "Grow online sales", "Drive store visits", "Collect qualified leads", "Build brand awareness",
    "Win back lapsed customers", "Fill the events calendar",
  ],
};

export const PERSON_WORDS = {
  first: [
    "Maria", "James", "Priya", "Tom", "Lena", "Marcus", "Aiko", "Sam", "Grace", "Omar", "Sofia", "Liam", "Chloe", "Noah",
    "Amelia", "Mateo", "Zara", "Ethan", "Nina", "Lucas", "Hana", "Diego", "Ava", "Felix", "Isla", "Mark", "Martin",
    "Elena", "Ravi", "Yuki", "Anna", "David", "Fatima", "Kofi", "Ines", "Jonas", "Mila", "Pedro", "Sara", "Victor",
  ],
  last: [
    "Garcia", "Smith", "Nair", "Becker", "Ortiz", "Hill", "Tanaka", "Okafor", "Lee", "Haddad", "Rossi", "Murphy",
    "Dubois", "Silva", "Novak", "Kowalski", "Andersen", "Khan", "Moreau", "Schmidt", "Jensen", "Costa", "Walsh",
    "Martinez", "Nguyen", "Kim", "Fischer", "Brown", "Wilson", "Lopez", "Petrov", "Yilmaz", "Mensah", "Chen",
  ],
  title: [
    "Head of Marketing", "Brand Manager", "Finance", "E-commerce Director", "Content Lead", "Owner", "CEO",
    "Social Media Manager", "Office Manager", "Communications", "Growth Lead", "Store Manager",
  ],
  tag: ["decision-maker", "newsletter", "billing", "creative", "compliance", "vip", "events", "partner"],
};
