"""The words of the timeline's headlines: one clean, present-tense headline per event type.

Data only, apart from the rules that find events (`rules.py`): the templates, the toll and missing
entries the timeline makes from figures, and the participles that name what befell the patients.
"""

from __future__ import annotations

# --- timeline text: one clean headline per event type ---------------------------------------------
# Present-tense headline templates (journalists' timeline style). Slots are filled from the parse
# (`counterpoint.events.participants.headline`) or take the SLOT_DEFAULTS; nothing else is claimed.
HEADLINES: dict[str, str] = {
    "protest_start": "Protests begin",
    "storming": "{actor} {verb} {site}",
    "resignation": "Government resigns",
    "state_of_emergency": "State of emergency declared",
    "shoot_to_kill": "Shoot-to-kill order issued",
    "arrests": "{patient} {participle}",
    "troops_deployed": "{force} deployed",  # "{sender} deploys {force}" when the sender is named
    "removal": "{patient} removed from post",
    "ouster": "{patient} ousted",  # "Leader ousted" (OUSTER_UNNAMED) when no name, count or office is read
    "price_change": "{item} rise",
    "appeal": "{speaker} appeals for outside help",
    "statement": "{speaker} makes statement",
    "disaster": "Disaster strikes",
    "attack": "Attack carried out",  # the kind's own clause replaces it (HAZARD_HEADLINES)
    "election": "Election held",  # the hazard's own clause replaces it (HAZARD_HEADLINES)
    "coup": "Military seizes power in coup",
    "killings": "{patient} {participle}",
    "general_strike": "General strike held",
    "aftershock": "Aftershock strikes",
    "evacuation": "{patient} {participle}",
    "investigation": "{patient} {participle}",
    "charges": "{patient} {participle}",
    "sentencing": "{patient} {participle}",
    "demolition": "{object} demolished",
    "revocation": "{object} revoked",
    "pledge": "{speaker} pledges {object}",
    "release": "{patient} {participle}",
    "report": "{speaker} publishes report",
    "anniversary": "Anniversary marked",
    "flight": "{patient} flee",  # "to the border" / "into {place}" when the text says where
}
# Death-toll entries the timeline makes from the figures (`counterpoint.events.timeline`): a toll
# that replaced an earlier one "rises"; one stated alone "stands at".
TOLL_RISES = "Death toll rises to {value}"
TOLL_STANDS = "Death toll stands at {value}"
TOLL_REVISED = "Death toll revised down to {value}"
# Missing-people entries (`counterpoint.events.missing`): the first count told, then its moves.
MISSING_FIRST = "{value} people reported missing"
MISSING_RISES = "Number of missing rises to {value}"
MISSING_FALLS = "Number of missing falls to {value}"
# The running count of the injured (`injured.injured_entries`).
INJURED_FIRST = "Number of injured stands at {value}"
INJURED_RISES = "Number of injured rises to {value}"
# Who an ouster befell when the parse names no one ("he was toppled", "the government was overthrown").
OUSTER_UNNAMED = "Leader"
# Headlines for when a slot naming who acted cannot be read: nothing is guessed.
UNNAMED_HEADLINES: dict[str, str] = {"appeal": "Appeal for outside help", "statement": "Statement made",
                                     "pledge": "Aid pledged", "report": "Report published"}
# Participles naming their patients in the plural, and their form for one named person.
SINGULAR_PARTICIPLES: dict[str, str] = {"named as suspects": "named as suspect"}
# The participles of suspects named and charges laid, by trigger lemma.
INVESTIGATION_PARTICIPLES: dict[str, str] = {"put": "placed under investigation",
                                             "place": "placed under investigation", "name": "named as suspects",
                                             "register": "named as suspects", "list": "named as suspects",
                                             "identify": "named as suspects", "charge": "charged", "indict": "indicted",
                                             "sentence": "sentenced"}
# The participle of each evacuation trigger.
EVACUATION_PARTICIPLE = "evacuated"
