"""The story's sudden happening, as data: the nouns naming a disaster or an attack, their kinds
and the short clause (subject and verb) each kind is headed with on the timeline.
"""

from __future__ import annotations

# Nouns naming the sudden happening a disaster story is about (lemma -> headline key in
# `HAZARD_HEADLINES`). Not "disaster" or "tragedy": they also name past events recalled in passing.
HAZARD_KINDS: dict[str, str] = {
    "explosion": "explosion", "blast": "explosion", "detonation": "explosion",
    "earthquake": "earthquake", "quake": "earthquake", "tremor": "earthquake",
    "landfall": "landfall", "collapse": "collapse", "explode": "explosion", "cave": "collapse",
    "crush": "crush", "stampede": "stampede",
    "hurricane": "storm", "typhoon": "storm", "cyclone": "storm",
    "tsunami": "hazard", "landslide": "hazard", "mudslide": "hazard", "avalanche": "hazard",
    "tornado": "hazard", "eruption": "eruption", "flood": "hazard", "flooding": "hazard",
    "deluge": "hazard",
    "fire": "fire", "blaze": "fire", "inferno": "fire",
    "sinking": "sinking", "capsizing": "sinking", "sink": "sinking", "capsize": "sinking",
    "crash": "crash", "collision": "crash", "derailment": "crash", "collide": "crash", "derail": "crash",
    # the attack type's nouns (ATTACK_NOUNS)
    "attack": "attack", "rampage": "attack", "shooting": "shooting", "bombing": "bombing",
}
HAZARD_NOUNS = frozenset({"explosion", "blast", "detonation", "earthquake", "quake", "tremor", "landfall",
                          "collapse", "crush", "stampede", "sinking", "capsizing", "crash", "collision",
                          "derailment",
                          # a sudden natural hazard, dated by the phrase next to it like a quake
                          "tsunami", "landslide", "mudslide", "avalanche", "tornado", "eruption"})
# Floods rise over days and are spoken of long after: one is the story's happening only as the
# doer of a striking verb ("flash floods swept through the valley on Sunday", "the town was
# inundated by floods"), as a named storm is.
FLOOD_NOUNS = frozenset({"flood", "flooding", "deluge"})
FLOOD_VERBS = frozenset({"inundate", "swamp", "submerge", "engulf", "wash", "destroy", "burst"})
# A fire is the story's disaster only as a noun of its own: not "opened fire", "set fire to",
# "came under fire", "ceasefire", nor a modifier ("fire brigade", "fire safety").
FIRE_NOUNS = frozenset({"fire", "blaze", "inferno"})
FIRE_NOT_GOVERNORS = frozenset({"open", "set", "cease", "return", "under", "on", "exchange", "hold", "draw",
                                "trade", "light"})
# `EventRule.not_modifiers` entry standing for any nationality adjective ("Israeli fire").
NATIONAL_MODIFIER = "<nationality>"
# Modifiers that make "fire" gunfire, no blaze: "sniper fire", "police fire", "Israeli fire".
GUNFIRE_MODIFIERS = frozenset({NATIONAL_MODIFIER, "sniper", "gun", "machine", "machine-gun", "army", "police",
                               "artillery", "tank", "mortar", "rocket", "small", "live", "automatic", "enemy",
                               "troop", "soldier", "military", "security"})
# What sinks (subject of "sank", "capsized") and what crashes or derails ("the express derailed").
VESSEL_NOUNS = frozenset({"ferry", "ship", "boat", "vessel", "trawler", "tanker", "submarine", "yacht", "liner",
                          "barge", "dinghy", "freighter", "steamer", "cruise"})
VEHICLE_NOUNS = frozenset({"train", "rail", "railway", "express", "coach", "carriage", "locomotive", "plane", "aircraft", "jet",
                           "airliner", "helicopter", "bus", "truck", "tram", "car", "wagon"})
# Verbs a storm's name is the subject of when it strikes ("Hurricane Maria hit Puerto Rico").
STRIKE_VERBS = frozenset({"hit", "strike", "slam", "batter", "ravage", "devastate", "lash", "pummel", "make",
                          "sweep", "surge", "pound", "tear", "rake", "rip", "smash", "barrel", "plow", "plough"})
# The words a storm's name opens with ("Cyclone Nargis", "Hurricane Maria", "Typhoon Haiyan"): the
# parse tags them proper nouns, whose lemmas keep their capital, so they are matched by their
# lower-cased text to be triggers at all.
STORM_TITLE_WORDS = frozenset({"hurricane", "typhoon", "cyclone"})
# Short clauses, subject and verb: "{place}" is filled with the place nearest the trigger.
HAZARD_HEADLINES: dict[str, tuple[str, str]] = {  # kind -> (without a place, with one)
    "explosion": ("Explosion strikes", "Explosion hits {place}"),
    "earthquake": ("Earthquake strikes", "Earthquake strikes {place}"),
    "landfall": ("{storm} makes landfall", "{storm} makes landfall in {place}"),
    "storm": ("{storm} strikes", "{storm} hits {place}"),
    "hazard": ("{hazard} strikes", "{hazard} hits {place}"),
    "eruption": ("Volcano erupts", "Volcano erupts in {place}"),
    "collapse": ("{structure} collapses", "{structure} collapses in {place}"),
    "crush": ("Crowd crush occurs", "Crowd crush occurs in {place}"),
    "stampede": ("Stampede breaks out", "Stampede breaks out in {place}"),
    "fire": ("Fire breaks out", "Fire breaks out at {place}"),
    "sinking": ("{vessel} sinks", "{vessel} sinks off {place}"),
    "crash": ("{vehicle} crash occurs", "{vehicle} crash occurs near {place}"),
    "attack": ("Attack carried out", "Attack carried out in {place}"),
    "shooting": ("Attackers open fire", "Attackers open fire in {place}"),
    "bombing": ("Bombs explode", "Bombs explode in {place}"),
}
# What a collapse headline names when the sentence says what fell ("Bridge collapses", "Dam
# collapses in Brazil"), else HAZARD_DEFAULT_STRUCTURE.
COLLAPSED_NOUNS = frozenset({"bridge", "viaduct", "overpass", "flyover", "dam", "levee", "embankment", "building",
                             "tower", "block", "roof", "stadium", "stand", "mine", "tunnel", "wall", "hotel",
                             "factory", "school", "condo", "condominium", "complex", "crane", "mall", "church",
                             "mosque", "apartment", "house", "structure", "highway", "market", "hospital"})
HAZARD_DEFAULT_STRUCTURE = "Building"
# What a storm headline calls the storm: the sentence's own word ("Cyclone hits Mozambique",
# "Typhoon makes landfall"), else this.
HAZARD_DEFAULT_STORM = "Storm"
# Who the sinking / crash headline names when the sentence does not say ("Ship sinks").
HAZARD_DEFAULT_VESSEL = "Ship"
HAZARD_DEFAULT_VEHICLE = ""

# --- an attack: a shooting, a bombing, a terror attack ---------------------------------------------
# Nouns naming an attack a story is about, dated by a date phrase next to them like a disaster
# ("Friday's attacks", "the March 15 shooting", "the attack in the city on Friday"). Nouns only:
# the verb ("police attacked the protesters") reports one act of a crackdown, not the story's
# happening. They form a type of their own ("attack", one entry per story, see rules), not a
# disaster: the attack does not bound the story's start (a crackdown story may tell "the attack
# on the camp" weeks after the protests began).
ATTACK_NOUNS = frozenset({"attack", "shooting", "bombing", "rampage"})
# Compound or adjective modifiers naming no attack on people: "heart attack", "panic attack".
ATTACK_NOT_MODIFIERS = frozenset({"heart", "panic", "asthma", "anxiety", "cyber", "cyberattack", "verbal",
                                  "personal", "political", "legal", "media", "rhetorical", "counter"})
