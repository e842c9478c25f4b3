"""Word lists for what a name's own words say about its kind (issue 16, twelfth session): a page's
furniture, a place's kind or a venue's at the end of its name, a body's head, the words that lead a
person's name without being it (person nouns, honorifics, ranks written as abbreviations), the titles
of a town's office. Heuristics as data, lower case, matched against folded text (`translit.fold`);
applied in `surfaces`, `names` and `context_votes`. Extend them here, never in the code.
"""

from __future__ import annotations

# Words of a web page's furniture: menu items, section labels, credits and widgets the model tags as
# names ("Story Tools", "Top Story", "Placeholder Image", "Camera Icon", "Reader's Letters", "Trending
# News", "Email"). A span made only of these (and function words) names no one, whatever its label;
# one real name word among them keeps it ("Sky News", "Daily Mail").
PAGE_FURNITURE_WORDS: frozenset[str] = frozenset(
    """
    story stories tools top developing breaking latest trending popular recommended related more most
    read watch listen share email e-mail print comment comments reply replies post posts blog blogs
    slideshow gallery galleries photo photos image images picture pictures video videos icon icons
    camera placeholder caption captions thumbnail thumbnails modal open close skip next previous prev
    menu search login register subscribe subscription newsletter newsletters advertisement advertisements
    sponsored privacy cookies terms contact copyright oops resources editor editors reader readers letters
    letter opinion section sections topics tags home news headlines updates update live feed rss also
    check leave show follow up
    """.split())
# Words of a place's own name for its administrative or natural kind, written as its last word
# ("Zenda Island", "Tarlen District", "Zenda Upazila", "Strelsau Regency", "Zenda Township"): a name of
# two words or more ending in one is a place, never a person; an organization only with a body's word.
PLACE_NAME_END_WORDS: frozenset[str] = frozenset(
    """
    island islands isle district province county region prefecture governorate oblast township
    municipality upazila tehsil taluk taluka mandal regency kabupaten kecamatan subdistrict sub-district
    peninsula archipelago atoll delta valley coast
    """.split())
# Last words of a settlement's or a street's own name ("Vesktaw Town", "Kormi Village", "Zaw Min Road"):
# a name the model calls a person that ends with one is a place (no one's surname is "Town"). Not for a
# name the model calls an organization: "Zenda Town" and "Zenda City" are football clubs too.
SETTLEMENT_END_WORDS: frozenset[str] = frozenset({"town", "city", "village", "road", "street"})
# Last word of a named day ("Armed Forces Day", "Independence Day", "Election Day"): a name of two words or
# more ending with it that the model calls an organization or a place is an occasion ("other"). Not for
# persons: "Day" is a surname too.
OCCASION_END_WORDS: frozenset[str] = frozenset({"day"})
# Last words of a built place one is at ("Zenda Hotel",
# "Zenda Beach", "Tarlen Causeway", "Zenda Cemetery", "Zenda Masjid"): a place, whatever the model
# called it, unless a body's word is in the name ("Zenda Beach Rescue Service"). Not "hall", "temple",
# "chapel": surnames too ("Jan Hall"); see `VENUE_END_PHRASES`.
VENUE_END_WORDS: frozenset[str] = frozenset(
    """
    hotel beach causeway turnpike highway expressway motorway freeway cemetery graveyard masjid shrine
    pagoda synagogue promenade boardwalk wharf quay
    """.split())
# First words of Arabic and Berber place names meaning "spring" or "place of", written each way
# by different outlets ("In Zenda" / "Ain Zenda" / "Ein Zenda"), and often dropped ("the Zenda gas
# field"): place names that differ only in one of them, or lack it, are one place.
SPRING_PREFIXES: frozenset[str] = frozenset({"in", "ain", "ein", "ayn", "ayin"})
# Two last words of a venue whose last word alone is also a surname ("Hall"): "the Zenda Concert Hall".
VENUE_END_PHRASES: frozenset[tuple[str, str]] = frozenset(
    {("concert", "hall"), ("city", "hall"), ("town", "hall"), ("music", "hall"), ("exhibition", "hall"),
     ("sports", "hall"), ("wedding", "hall"), ("prayer", "hall"), ("village", "hall")})
# Words a square's or a street's name opens with beyond `SQUARE_START_WORDS`: French "Place", Italian
# "Via"/"Viale"/"Corso", Portuguese "Rua"/"Praça", Indonesian and Malay "Jalan", Arabic "Masjid" (a
# mosque named after a person: "Masjid Omar Zendabi").
PLACE_START_WORDS: frozenset[str] = frozenset({"place", "via", "viale", "corso", "rua", "praca", "jalan", "masjid"}
                                              # a natural feature's kind written before its name ("Lake
                                              # Zenda", "Mount Tarlen", "Cape Strel", French "Lac",
                                              # Malay and Indonesian "Gunung", "Danau")
                                              | {"lake", "mount", "mt", "lac", "lago", "gunung", "danau"}
                                              # Arabic and Maghreb place names open with the feature
                                              # they grew around ("Ain Zenda" spring, "Bir Tarlen" well,
                                              # "Wadi" / "Oued" valley, "Jebel" / "Djebel" mountain):
                                              # the model takes "Ain Zenda" for a given name + surname
                                              | {"ain", "ein", "bir", "wadi", "oued", "jebel", "djebel", "jabal"})
# Heads of a body's name missing from `ORG_SUFFIXES` ("Zenda Disaster Management Authority", "Public
# Relations Division", "Safety Countermeasures Headquarters", "Zenda Getty Images"): a name ending with one
# is an organization, never a person.
BODY_END_WORDS: frozenset[str] = frozenset(
    """
    authority authorities headquarters division commission bureau directorate administration
    inspectorate secretariat taskforce board images tribunal alliance league confederation
    """.split())
# Nouns naming what a person is that a writer puts, capitalized, right before the full name ("Resident
# Jan Novak", "Survivor Jan Novak", "Briton Jan Novak", "Witness Jan Novak"): dropped from a person's
# name when two name words or more follow. Not titles (those give a role, see `ROLE_WORDS`).
LEADING_PERSON_NOUNS: frozenset[str] = frozenset(
    """
    resident residents survivor witness eyewitness villager student teacher farmer worker volunteer
    victim relative neighbour neighbor shopkeeper vendor trader fisherman nurse medic
    widow daughter wife husband supporter protester demonstrator passenger tourist rescuer
    briton britons kiwi kiwis aussie swede turk filipino
    """.split())
# (Not "son", "fan", "thai", "finn", "dane", "scot": surnames and given names too, "Son Ji Hoon".)
# Honorifics of South Asian and other coverage written before a person's name ("Sri Jan Novak", "Shri
# Jan Novak", "Smt. Jana Novak", "Hon. Jan Novak"): no role, dropped from the name.
NAME_HONORIFICS: frozenset[str] = frozenset({"sri", "shri", "shree", "smt", "srimati", "shrimati", "hon", "honourable",
                                             "honorable"})
# Ranks and posts written as abbreviations before a name in South and South-East Asian coverage ("SI
# Jan Novak" sub-inspector, "CPO Jan Novak", "AKBP Jan Novak", "Adj. Sr. Comr. Novak"): title words.
RANK_ABBREVIATIONS: frozenset[str] = frozenset(
    """
    si asi sp asp dsp ssp ig dig adg dgp cpo pro sho sdm adm cmo akbp kombes brigjen irjen kapolda kapolri
    comr adj sr insp ipda iptu aiptu
    """.split())
# Titles of a town's or a county's office: a capitalized word right before one is the place the
# office is of ("Zendaville Mayor Novak", "Tarlen Sheriff Novak"), so a bare surname may follow.
LOCAL_OFFICE_TITLES: frozenset[str] = frozenset({"mayor", "sheriff", "governor", "prefect", "coroner", "collector",
                                                 "magistrate", "commissioner"})
# Names of peoples, nations and faiths beyond `rules.DEMONYMS` ("Zendans", "Uighurs", "Rohingya", "Shiites"): a
# span made of them (with "ethnic", "Muslims"...) is a group of people, never a person or a body. Only
# for typing: organization names keep these words ("World Uyghur Congress" is not "World Congress").
PEOPLE_EXTRA: frozenset[str] = frozenset(
    """
    indonesian indonesians filipino filipinos vietnamese burmese bangladeshi bangladeshis nepali nepalese
    malaysian malaysians australian australians brazilian brazilians argentine chilean peruvian
    colombian venezuelan cuban haitian haitians nigerian nigerians kenyan kenyans ethiopian somali
    somalis sudanese egyptian egyptians libyan tunisian algerian moroccan moroccans lebanese israeli
    israelis palestinian palestinians jordanian saudi yemeni emirati qatari greek dutch belgian swiss
    austrian swedish norwegian danish finnish irish scottish welsh portuguese romanian bulgarian
    hungarian czech serbian croatian bosnian albanian lithuanian latvian estonian moldovan mongolian
    zimbabwean zimbabweans mozambican mozambicans malawian congolese ugandan rwandan tanzanian
    ghanaian senegalese malian chadian
    uighur uighurs uyghur uyghurs uygur uygurs tibetan tibetans rohingya kurd kurds kurdish yazidi
    yazidis tamil tamils sinhalese hutu hutus tutsi tutsis pashtun pashtuns hazara hazaras baloch
    berber berbers amazigh druze alawite alawites sunni sunnis shia shiite shiites copt copts coptic
    maori aboriginal oromo amhara tigrayan tigrayans igbo yoruba hausa fulani
    """.split())
# Title words that are also surnames ("John Major", "Julie Bishop", "Jan King", "Ann Judge"): alone,
# they may be the person's name.
TITLE_SURNAMES: frozenset[str] = frozenset(
    {"major", "king", "queen", "prince", "bishop", "judge", "marshal", "chancellor", "sheriff", "pope", "rector",
     "dean", "chief", "head", "father", "state", "home", "police", "health", "justice", "sr"})


# --- peoples of every country (issue 16, thirteenth session) ----------------------------------
# The package's table of countries and their peoples (`data/demonyms.tsv`: adjective and other
# forms; regular "-s" plurals added here) names a people the lists above lack ("Nigeriens",
# "Burkinabe", "Ivorian"): a span of them is a group, never a person. Forms that are also given
# names or surnames, or that name a place or a thing rather than a people, are left out: alone they
# may be someone's name ("Finn", "Dane", "Scot", "Turk").
DEMONYMS_TABLE = "demonyms.tsv"
DEMONYM_TABLE_NOT_PEOPLE: frozenset[str] = frozenset(
    {"finn", "dane", "scot", "brit", "turk", "kiwi", "pole", "swede", "persian", "philippine", "vatican",
     "dominican", "georgian", "jordanian", "lao"})


def _table_peoples() -> frozenset[str]:
    from importlib import resources

    from anyascii import anyascii

    out: set[str] = set()
    text = resources.files("counterpoint.data").joinpath(DEMONYMS_TABLE).read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        _country, adjective, *rest = [*line.split("\t"), ""]
        for form in (adjective, *(f for f in rest[0].split(",") if f.strip())):
            low = " ".join(form.lower().split())
            if low and low not in DEMONYM_TABLE_NOT_PEOPLE:
                out.update({low, low + "s", anyascii(low), anyascii(low) + "s"})  # "burkinabè" as folded too
    return frozenset(out)


TABLE_PEOPLES: frozenset[str] = _table_peoples()

# Offices a speaker may be named by alone, in lower case ("the police chief said", "the acting prime
# minister told", "the gunman"): the last word of such a speaker's description. It names a person
# (see `role_speakers`), never a body.
ROLE_SPEAKER_HEADS: frozenset[str] = frozenset(
    """
    chief minister president ambassador commander superintendent spokesman spokeswoman spokesperson
    secretary governor mayor director head leader general colonel envoy prosecutor commissioner
    inspector sheriff premier chairman chairwoman gunman attacker shooter assailant vp
    """.split())
# Words before an office that qualify it without being part of it ("acting", "interim", "former").
ROLE_SPEAKER_MODIFIERS: frozenset[str] = frozenset(
    {"acting", "interim", "former", "then", "new", "outgoing", "incoming", "caretaker", "top"})
# Short forms of English given names that news writes for the same person as the full form ("Lt.
# Chris Zendel" and "Lt. Christopher Zendel" in two outlets): folded short form -> full form. Only
# forms that shorten one full name; compared after this in person linking, never shown.
GIVEN_NAME_FULL_FORMS: dict[str, str] = {
    "chris": "christopher", "mike": "michael", "bob": "robert", "rob": "robert", "bill": "william",
    "jim": "james", "jimmy": "james", "tom": "thomas", "dan": "daniel", "dave": "david", "steve": "steven",
    "pete": "peter", "tony": "anthony", "andy": "andrew", "nick": "nicholas", "ben": "benjamin",
    "sam": "samuel", "matt": "matthew", "alex": "alexander", "ed": "edward", "ron": "ronald", "ken": "kenneth",
    "greg": "gregory", "jeff": "jeffrey", "liz": "elizabeth", "kate": "katherine", "jen": "jennifer",
    "sue": "susan", "pat": "patrick", "joe": "joseph", "tim": "timothy", "rick": "richard", "dick": "richard",
    "larry": "lawrence", "jerry": "gerald", "fred": "frederick", "charlie": "charles", "vince": "vincent",
}
# What a possessive leaves before a title when the model cuts the owner off ("s" of "Zenda's Prosecutor
# General"): not a word of anyone's name.
POSSESSIVE_LEFTOVERS: frozenset[str] = frozenset({"s", "'s", "’s"})
