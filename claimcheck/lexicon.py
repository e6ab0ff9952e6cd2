"""Word lists the rules use, as data. Outlet and person names are not here: see sources.toml.

Every list is lower case; matching code lower-cases the text it compares.
"""
from __future__ import annotations

# --- reading articles -------------------------------------------------------------------
BOILERPLATE_LINE_PATTERNS = (
    r"^\d+\s*min(ute)?s?\s+read$",
    r"^share (this|the) (article|story|post)!?$",
    r"^(leave a reply|related( articles| posts)?|advertisement|read more|print|email)$",
    r"^(photo|image|video)( courtesy of|:)",
    r"^by [A-Z][\w.'-]+( [A-Z][\w.'-]+)*( and [A-Z][\w.'-]+( [A-Z][\w.'-]+)*)?$",
    r"^(you are commenting using|fill in your details|connecting to|log out|twitter picture|facebook photo|google\+ photo)",
)
TEXT_FIELDS = ("maintext", "text", "content", "body", "article", "article_text")
TITLE_FIELDS = ("title", "headline", "name")
OUTLET_FIELDS = ("outlet", "source_domain", "sitename", "source", "publisher", "site_name", "hostname", "domain")
DATE_FIELDS = ("date_publish", "date", "published", "published_at", "pubdate", "datetime", "date_published")
URL_FIELDS = ("url", "link", "source_url")
AUTHOR_FIELDS = ("author", "authors", "byline")
ID_FIELDS = ("id", "_id", "uuid", "guid", "key")

# --- dates ------------------------------------------------------------------------------
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}
RELATIVE_DAYS = {"today": 0, "yesterday": -1, "tonight": 0, "overnight": 0, "last night": -1}

# --- reporting ------------------------------------------------------------------------------
# Verbs that introduce what someone said. Forms are listed, not derived, because English
# reporting verbs are irregular ("told", "said") and a short explicit list stays predictable.
REPORTING_VERBS = (
    "said", "says", "say", "told", "tells", "reported", "reports", "report", "claimed", "claims",
    "claim", "accused", "accuses", "accuse", "denied", "denies", "deny", "rejected", "rejects",
    "reject", "dismissed", "dismisses", "refuted", "refutes", "disputed", "confirmed", "confirms", "confirm",
    "added", "adds",
    "adding", "cited", "cites",
    "quoted", "quotes", "described", "describes", "characterised", "characterized", "characterises",
    "characterizes", "warned", "warns", "insisted", "insists",
    "stated", "announced", "announces", "declared", "declares", "alleged", "alleges",
    "asserted", "asserts", "acknowledged", "acknowledges", "noted", "explained",
    "explains", "stressed", "stresses", "affirmed", "affirms", "argued", "argues", "estimated",
    "estimates", "predicted", "predicting", "reporting", "saying", "telling", "claiming",
    "accusing", "denying", "rejecting", "confirming", "warning", "insisting", "stating",
    "announcing", "describing", "wrote", "writes", "tweeted", "posted", "blamed", "blames",
    "urged", "urges", "called", "condemned", "condemns", "welcomed", "welcomes", "hailed", "hails",
    "documented", "recorded", "counted", "put the toll", "put the death toll", "puts the toll", "puts the death toll",
    "put the number", "puts the number",
    # an estimate of a count or of a side's losses: "The government put the figure at 3,050"
    "put the figure", "puts the figure", "put the total", "puts the total", "put the tally", "puts the tally",
    "put the count", "puts the count", "put its losses", "puts its losses", "put its own losses",
    "puts its own losses", "put their losses", "put their own losses",
    # a body raising its own count: "The rescue service raised its toll to 38" (not "raised the
    # toll", whose subject may be a strike)
    "raised its toll", "raises its toll", "raised its death toll", "raises its death toll", "revised its toll",
    "revises its toll", "raised their toll", "raised its count", "raises its count",
    # present forms of the verbs above ("The ministry states that no one was killed")
    # ("disputes" is left out: "in the wake of disputes on power sharing" is a noun)
    "states", "notes", "recalls", "testifies", "predicts",
    # a count or an event named as the speaker's: "The committee speaks of three deaths"
    "speaks of", "spoke of", "talks of", "talked of",
    # the progressive: "Some foreign media are saying the rebels have captured the town"
    "are saying", "is saying", "were saying", "was saying", "have been saying", "has been saying",
    "is reporting", "are reporting", "was reporting", "were reporting", "has been reporting", "have been reporting",
    "is claiming", "are claiming", "was claiming", "were claiming", "has been claiming", "have been claiming",
    # what an inquiry established: "the group found that three of those deaths ..." (THAT_ONLY_CUES)
    "found",
    # what a newsroom established: "Kelmora TV has learned that the ferry service was suspended"
    "learned", "learnt",
    # ("put the Front's own losses at 11": NAMED_ESTIMATE_NOUNS below)
    # "the monitor gave a slightly lower toll of 31": the count is what it reported
    "gave a toll of", "gave a death toll of", "gave a lower toll of", "gave a higher toll of",
    "gave a slightly lower toll of", "gave a slightly higher toll of", "gave a new toll of",
    "gave an updated toll of", "gives a toll of", "gives a death toll of",
    "given a toll of", "given a death toll of",   # "Residents have given a toll of 19"
    "describe", "warn", "insist", "announce", "allege", "stress", "argue", "explain",
    "acknowledge", "estimate", "assert", "affirm", "blame", "urge", "maintained", "maintains",
    "suggested", "suggests", "revealed", "reveals", "disclosed", "discloses", "admitted", "admits",
    "conceded", "concedes", "reiterated", "reiterates", "emphasised", "emphasized", "emphasises",
    "emphasizes", "criticised", "criticized", "criticises", "criticizes", "pointed out", "points out",
    "indicated", "indicates", "recounted", "recalled", "testified", "remarked", "charged",
    "confessed", "confesses", "vowed", "vows", "pledged", "pledges", "denounced", "denounces",
    "registered",
    # translated officialese: "the governor informed that ...", "the ministry specified that ..."
    "informed that", "informs that", "clarified", "clarifies", "specified", "specifies", "underlined",
    "underlines", "underscored", "underscores",
    # an answer or a retort, with its content clause ("the spokesman replied that ...", not
    # "answered questions" or "countered the attack"); a boast
    "replied that", "replies that", "answered that", "answers that", "responded that", "responds that",
    "countered that", "counters that", "boasted", "boasts",
    "reminded", "reminds", "repeated", "repeats",
    # "holds the command personally responsible for the massacre": only before "responsible"
    "holds", "held",
)
# Cues that put the source after the content: "according to X", "X's statement said".
PREPOSITIONAL_CUES = ("according to", "as reported by", "citing", "cited by", "quoted by", "in the words of")
# Words that say a report is contrary to fact, whoever says them: "the reports of the capture
# do not correspond to reality", "We have found no evidence for the ministry's figure".
DENIAL_PHRASES = ("do not correspond to reality", "does not correspond to reality", "did not correspond to reality",
                  # "There was no such clause", "That figure is invented"
                  "no such", "is invented", "was invented", "are invented", "were invented",
                  "has nothing to do with reality", "have nothing to do with reality",
                  "no evidence for", "no evidence of", "no evidence that",
                  "is not true", "are not true", "was not true", "were not true", "is untrue", "are untrue",
                  "no truth to", "no truth in", "no truth whatsoever", "no truth at all")
DENIAL_CUES = (
    "denied", "denies", "deny", "denying", "rejected", "rejects", "reject", "rejecting",
    "dismissed", "dismisses", "refuted", "refutes", "no truth", "not true", "untrue", "false",
    "fabricated", "baseless", "pretext", "lies", "propaganda", "disputed", "disputes", "deception",
    *DENIAL_PHRASES,
)
# A report characterised as false is denied, whatever the verb: "described as 'absolute
# fabrication' the assertions that ...", "calling the accusation a cheap lie".
CHARACTERISING_CUES = ("described", "describes", "describing", "characterised", "characterized",
                       "characterises", "characterizes", "called", "calls", "calling", "branded",
                       "brands", "branding", "labelled", "labeled", "termed", "dubbed")
FALSEHOOD_WORDS = ("lie", "lies", "fabrication", "fabrications", "fabricated", "invention", "inventions",
                   "invented", "propaganda", "pretext", "false", "baseless", "untrue", "fake", "nonsense",
                   "fiction", "hoax", "rumours", "rumors", "disinformation", "misinformation", "slander",
                   "staged", "faked", "doctored")
# A speaker's own words that call a report false deny it, whatever the cue: "Reports of
# shelling on the village are lies", "This is a lie", "spreading rumours that the town fell".
# What is called false: the reports, or a pointing word standing for the one just told.
CALLED_FALSE_SUBJECTS = ("report", "reports", "claim", "claims", "allegation", "allegations", "accusation",
                         "accusations", "assertion", "assertions", "statement", "statements", "story",
                         "stories", "this", "that", "it", "all this", "all of this", "all that", "these", "those",
                         # what is shown as proof: "these materials are a staged provocation"
                         "materials", "images", "footage", "video", "videos", "photos", "photographs", "pictures",
                         "figure", "figures", "evidence", "news", "account", "accounts", "version")
# Words between the verb and the falsehood: "are nothing but lies", "is a complete fabrication".
CALLED_FALSE_FILLERS = ("a", "an", "all", "simply", "just", "nothing", "but", "pure", "complete", "absolute",
                        "utter", "total", "outright", "blatant", "another", "more", "only", "totally",
                        "completely", "entirely", "utterly", "absolutely", "wholly")
SPREAD_FALSEHOOD_VERBS = ("spreading", "spread", "spreads", "peddling", "peddle", "peddles", "circulating")
# "lies" is a denial cue as a noun ("propaganda and lies"), not as a verb of place ("the
# village lies near the border"): these words after it mark the verb.
LIES_OF_PLACE = ("near", "in", "on", "at", "between", "north", "south", "east", "west", "along",
                 "within", "just", "some", "about", "close", "across", "outside", "inside", "beyond",
                 "to", "off", "around", "only", "less", "more", "roughly", "approximately")
NEGATIONS = ("not", "no", "never", "n't", "nothing", "none", "neither", "nor", "without")

# Kin: "their relatives", "his family" speak for the people the text is about, not for the side
# of whoever spoke before.
KIN_NOUNS = ("relatives", "relative", "family", "families", "parents", "mother", "father", "son", "sons",
             "daughter", "daughters", "brother", "brothers", "sister", "sisters", "wife", "husband", "widow",
             "relations", "kin", "cousin", "uncle", "aunt")
# Plural heads that name people, not a body: "One of them said" after "Two residents said" is
# one of the residents (with the plurals of the person words).
PLURAL_PEOPLE = ("people", "locals", "witnesses", "eyewitnesses", "townspeople", "villagers", "citizens", "relatives",
                 "bystanders", "survivors", "volunteers", "rescuers", "medics", "nurses", "workers", "journalists",
                 "reporters", "diplomats", "analysts", "experts", "lawyers", "refugees", "farmers", "drivers",
                 "traders", "students", "teachers", "fishermen", "elders")
# Words that take "of them" as a speaker: "One of them said", "Many of them told me"; after the
# cue, fewer ('"...," said one of them').
PARTITIVE_WORDS = ("one", "some", "many", "most", "several", "all", "both", "each", "two", "three", "four", "five",
                   "a few", "a minority", "the majority")
# One of the people the text just counted, alone as a speaker: "Two engineers spoke. One said
# ...; the second said ..."
ORDINAL_SPEAKERS = ("one", "another", "the other", "the first", "the second", "the third", "a second", "a third",
                    "the last")
PARTITIVE_WORDS_AFTER_CUE = ("one", "some", "many", "most", "several", "two", "three")
# One person by role or trade: a speaker ("a hospital administrator said"), the person an
# apposition describes ("Jane Example, a teacher, said"), whom "the teacher" refers back to.
PERSON_ROLES = ("administrator", "teacher", "farmer", "driver", "surgeon", "engineer", "sailor", "soldier",
                "villager", "student", "trader", "refugee", "shopkeeper", "pharmacist", "paramedic", "neighbour",
                "neighbor", "operator", "fisherman",
                # "A forensic pathologist at the site said": trades and professions a witness has
                "nurse", "midwife", "physician", "pathologist", "toxicologist", "epidemiologist", "technician",
                "scientist", "specialist", "chemist", "geologist", "economist", "historian", "firefighter",
                "lawyer", "imam", "priest", "pastor", "mechanic", "miner", "docker", "porter", "clerk",
                "accountant", "architect", "dentist")
# How a speaker in a transcript opens a sentence about the talk itself ("I will begin with
# Quillabar", "Let me be clear"): with no figure in it, no claim.
TALK_OPENERS = ("I", "Let me", "Let us", "Allow me")
# But what the speaker saw or heard is a witness's claim: "I saw soldiers led away", "I can see the flag".
WITNESS_VERBS = ("saw", "see", "heard", "hear", "counted", "watched", "witnessed")
# Roles that name their holder only with the body they are of: "the director of the city's main
# hospital said" (alone, "director Jon Example" is a title before a name).
ROLE_OF_BODY_HEADS = ("director", "head", "chief", "manager", "deputy", "chairman", "chairwoman", "chair",
                      "secretary", "employee", "administrator", "coordinator", "superintendent", "dean",
                      "rector", "principal", "owner", "founder")
# What a record says, after "according to" only: "according to the vessel's manifest",
# "according to industry figures" (before a cue, "casualty figures reported by X" are X's).
RECORD_NOUNS = ("manifest", "manifests", "figures", "data", "records", "statistics", "estimates", "documents",
                "census", "logs", "log", "imagery", "register", "registers", "lists", "list", "tally", "tallies")
# Generic heads that are speakers when nothing better is named: "activists said".
GENERIC_SPEAKERS = (
    "activists", "activist", "sources", "source", "residents", "resident", "witnesses", "witness",
    "officials", "official", "monitor", "monitors", "observers", "medics", "doctors", "doctor",
    "spokesman", "spokeswoman", "spokesperson", "correspondent", "reporter", "journalist",
    "media", "agency", "newspaper", "paper", "daily", "outlet", "channel", "television", "tv",
    "ministry", "army", "military", "government", "regime", "rebels", "fighters", "opposition",
    "statement", "negotiator", "negotiators", "commander", "commanders", "group", "observatory",
    "committee", "council", "coalition", "police", "governor", "minister", "president",
    "defector", "officer", "people", "locals", "analysts", "experts", "diplomats", "diplomat",
    "envoy", "sheikh", "leader", "leaders", "network", "center", "centre", "passer-by",
    "bystander", "bystanders", "eyewitness", "eyewitnesses", "survivor", "survivors", "volunteer",
    "volunteers", "rescuers", "rescuer", "medic", "ministers", "spokesmen", "spokespeople",
    "organizers", "organisers", "lawmakers", "members", "mps", "legislators", "reporters",
    "journalists", "nurses", "workers", "groups", "agencies", "governments", "authorities",
    "residents", "lawyers", "experts", "sources", "commanders", "report", "reports",
    "command", "directorate", "department", "administration", "office", "authority", "presidency",
    "embassy", "parliament", "municipality", "outlets", "channels", "newspapers", "websites",
    "charity", "charities", "organisation", "organization", "organisations", "organizations",
    "ngo", "ngos", "team", "teams", "crews", "investigators", "investigator", "inspectors", "inspector",
    "analyst", "expert", "researchers", "researcher", "leadership", "member", "party", "movement",
    "militia", "militias", "faction", "factions", "staff", "mayor", "powers", "countries", "nations",
    "website", "service", "services", "worker", "writer", "defence", "defense", "colonel", "letter",
    "men", "women", "townspeople", "villagers", "citizens", "relatives", "broadcaster", "broadcasters",
    "photographer", "cameraman", "hospital", "hospitals", "facility", "facilities", "clinic",
    "personnel", "watchdog", "watchdogs", "commission", "claim", "forces", "troops",
    # (not roles that follow a name where scraping lost the comma: "said Jon Example a nurse")
    "governorate", "delegation", "prosecutors", "elders", "elder", "person", "station", "alliance", "junta", "mission",
    "separatists", "insurgents", "guerrillas", "representative", "representatives", "ministries", "councils",
    "committees",
    # what a body issues, standing for it ("the army's communique on Tuesday said")
    "communique", "communiqué", "communiques",
    # people by role or trade: "a hospital administrator said", "farmers told Reuters" (not the
    # titles written before a name, "director Jon Example", which name a person)
    "directors", "administrators", "coordinators", "managers", "prosecutors", "pilots", "crew",
    "sailors", "priests", "monks", "engineers", "paramedics", "operators", "partners", "farmers", "surgeons",
    "physicians", "pathologists", "toxicologists", "epidemiologists", "technicians", "scientists", "specialists",
    "chemists", "economists", "historians", "firefighters", "imams", "mechanics", "miners", "dockers",
    "porters", "clerks", "midwives",
    "teachers", "shopkeepers", "drivers", "students", "fishermen", "traders", "refugees", "soldiers",
    "navy", "force", "guard", "guards", "correspondents", "stringers", "monitors", "medical staff", "headquarters",
    # a rank a person is called by alone ("the admiral said"), as "colonel" above (not the
    # ranks written before a name as often: "Sergeant Jon Example ... he said")
    "admiral",
    # bodies by their kind: "the confederation says", "the tribes said", "the operator said"
    "confederation", "federation", "league", "union", "tribes", "tribe", "clans", "clan", "company", "operator",
    *PERSON_ROLES,
)
# Words that join two clauses, never part of a noun phrase ("... in the town but militants said").
CLAUSE_CONJUNCTIONS = ("but", "and", "or", "while", "whereas", "although", "though", "yet")
# Words that open a second speaker's clause after a comma ("X said A, while Y reported B"), and
# those that do so where scraping lost the comma ("... their arms but the opposition has ...").
CLAUSE_JOINS = ("while", "whilst", "but", "whereas", "although", "though", "yet")
UNPUNCTUATED_CLAUSE_JOINS = ("but", "whereas", "while", "whilst")
# Lower-case words between a preposition and a place: "activists in northern rural Riverton".
PLACE_MODIFIERS = (
    "rural", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
    "central", "besieged", "rebel-held", "regime-held", "government-held", "opposition-held", "old",
    "greater",
)
# Words that make a spokesman's descriptor fit any country's state ("a government
# spokeswoman"), so the last body that spoke still decides whom the spokesman speaks for.
STATE_WORDS = ("government", "army", "military", "ministry")
# Offices of a government. A holder or organ named with no country ("Information Minister Jon
# Example", "the Ministry of Defence", "Governor Jon Example") is the government of the country
# the war is in, as the stance policy counts its ministers and governors; "Turkish Foreign
# Minister ..." names its country, which sources.toml knows.
GOVERNMENT_OFFICES = ("minister", "ministry", "governor", "governorate", "administration", "prime minister",
                      "deputy minister", "ministries", "ministers", "president", "presidency")
# Words that may stand before such an office without naming a country: its portfolio.
# Of these, the words that rank or place an office, not a portfolio with a ministry of its own:
# "the ministry" after "Interior Minister Jon Example" is the Interior Ministry; after "the deputy
# minister" it is no "Deputy Ministry".
OFFICE_RANK_WORDS = ("the", "a", "deputy", "prime", "chief", "acting", "senior", "top", "cabinet", "state",
                     "local", "provincial", "regional", "affairs", "social")
GOVERNMENT_PORTFOLIOS = (
    "the", "a", "deputy", "prime", "chief", "foreign", "defence", "defense", "interior", "information", "health",
    "justice", "finance", "reconciliation", "education", "energy", "economy", "trade", "oil", "transport",
    "agriculture", "state", "social", "affairs", "home", "security", "media", "communications",
    "local", "administration", "provincial", "regional", "acting", "senior", "top", "cabinet",
    "humanitarian", "labour", "labor", "water", "electricity", "religious", "endowments", "awqaf",
)
# "19 were killed according to X due to heavy shelling": a clause opened by these after the
# source goes on with the content before it.
CAUSAL_CONNECTIVES = ("due to", "because of", "as a result of", "owing to")
# Capitalised words that, right after a cue, open the next sentence whose full stop scraping
# lost ("... the monitor said The hospital is ..."). Matched as written, capital included.
LOST_STOP_OPENERS = ("The", "A", "An", "In", "On", "At", "It", "This", "These", "There", "Meanwhile", "However")
# Words between a speaker and the cue that belong to neither: "X has also strongly denied".
SPEAKER_CUE_FILLERS = (
    "also", "have", "has", "had", "then", "later", "previously", "again", "repeatedly", "regularly",
    "further", "earlier", "strongly", "firmly", "flatly", "categorically", "vehemently", "yesterday", "today",
    "subsequently", "initially", "separately", "publicly", "officially", "recently", "now", "already",
    "immediately", "quickly", "once", "reportedly", "first", "however", "meanwhile", "though", "instead",
    "both", "all", "there", "here", "still", "openly", "privately", "explicitly",
    # "Neither claim can be verified": a determiner before "claim" makes it a noun, no speaker
    "neither", "either", "each", "every",
)
# Lower-case words in -ly that are no adverb: between a speaker and the cue any other one is a
# filler ("the army swiftly rejected"), these are the speaker's ("the daily reported").
LY_NOUNS = ("family", "assembly", "supply", "rally", "reply", "monopoly", "anomaly", "homily", "ally", "daily",
            "weekly", "monthly", "quarterly", "bully", "belly", "folly", "melancholy", "panoply")
# Fillers that end media names when capitalised after a name ("Drevania Now", "Kessan Today").
NAME_ENDING_FILLERS = ("now", "today")
PRONOUN_SPEAKERS = ("he", "she", "they", "it", "we", "i")
# A broadcast's own people, whose labelled turns in a transcript are the broadcaster's voice.
BROADCAST_ROLES = ("anchor", "presenter", "host", "reporter", "correspondent", "interviewer", "moderator",
                   "narrator", "newsreader", "voiceover", "voice-over")
# A fact-check's labels ("Claim: ..." then "Verdict: False. ..."): the checker's own furniture,
# its paragraphs read like any other (the claim checked is quoted and attributed in it).
FACT_CHECK_LABELS = ("claim", "the claim", "verdict", "the verdict", "our verdict", "rating", "our rating",
                     "conclusion", "the facts", "facts", "fact", "context", "assessment", "what we found",
                     "bottom line", "the bottom line")
# Verdicts a fact-check gives a claim it finds false: the claim after such a verdict denies it.
FALSE_VERDICTS = ("false", "mostly false", "misleading", "unproven", "unsupported", "fabricated", "fake", "untrue",
                  "incorrect", "wrong", "baseless", "no evidence", "not true", "pants on fire")
# What opens the attribution after a dash that follows a quotation ("... ." — post by
# @Example, a pro-government account), before the one it names.
DASH_ATTRIBUTION_LEADS = ("a post by", "post by", "posted by", "a tweet by", "tweet by", "statement by",
                          "a statement by", "circulated on", "circulating on", "shared on", "shared by",
                          "published by", "said by", "according to", "attributed to")
# A chair's labels in a debate's record ("MR SPEAKER: Question 4."): procedure, read like narration.
CHAIR_LABELS = ("mr speaker", "madam speaker", "the speaker", "speaker", "mr deputy speaker",
                "madam deputy speaker", "the chair", "chair", "chairman", "chairwoman", "the chairman")
# A news script's label for a clip, whose speaker is in its brackets ("SOUNDBITE (Jon Example,
# army spokesman): ..."), and an interview's label for the one answering, introduced before the
# first turn ("Guest: ..." after "... spoke to Jane Example, a councillor").
SOUNDBITE_LABELS = ("soundbite", "sound bite", "sot")
GUEST_LABELS = ("guest", "interviewee", "answer", "a")
# Words that open a question ("Did they say why?"), which asks what a cue in it would report;
# and greetings, which say nothing checkable in an answer ("Citizens, good evening.").
QUESTION_OPENERS = ("did", "do", "does", "is", "are", "was", "were", "have", "has", "had", "will", "would",
                    "can", "could", "should", "why", "what", "how", "where", "when", "which")
GREETINGS = ("good evening", "good morning", "good afternoon", "good night", "thank you", "hello", "welcome")
# Labels of a press conference's questioners ("QUESTION (Example Courier): The union says ..."):
# their turns pass claims on, as an interviewer's do, whether or not they end in a question mark.
QUESTIONER_LABELS = ("question", "q", "questioner", "journalist")
# Nouns for people that an apposition gives to a single name ("Moe, a rice farmer"): the name
# is someone's, and "he" or "she" after it is that person (with the person back-references).
PERSON_NOUNS = ("farmer", "mother", "father", "teacher", "nurse", "driver", "student", "shopkeeper", "trader",
                "fisherman", "engineer", "worker", "volunteer", "medic", "surgeon", "pharmacist", "villager",
                "refugee", "survivor", "grandmother", "grandfather", "widow", "son", "daughter", "brother",
                "sister", "wife", "husband", "soldier", "boy", "girl", "mechanic", "baker", "labourer",
                "laborer", "vendor", "tailor", "carpenter", "nephew", "niece", "cousin", "uncle", "aunt",
                "administrator", "operator", "neighbour", "neighbor", "sailor", "paramedic")
# Adverbs that open a sentence and are never part of a speaker's name, capitalised or not.
OPENING_ADVERBS = ("meanwhile", "however", "separately", "additionally", "moreover", "furthermore",
                   "nonetheless", "nevertheless", "meantime", "elsewhere", "also")
# Unnamed insiders usually speak for the side of the outlet that quotes them: SANA's "military
# source" is the Syrian army's, its "reporter" its own.
INSIDER_WORDS = ("military", "security", "army", "field", "official", "officials", "reporter", "correspondent", "government")
# Bodies an unnamed source can work at: "a source at the provincial police command" speaks
# from inside it, like an insider of the outlet's side.
INSTITUTION_HEADS = (
    "province", "governorate", "command", "ministry", "directorate", "department", "administration",
    "municipality", "headquarters", "office", "police", "council", "authority", "authorities",
    "hospital", "prison", "embassy", "agency",
)
# Heads of a place's proper name ("the Sefrin Charity Hospital"): words inside such a name
# ("Charity", "Independent") describe no speaker at it.
FACILITY_HEADS = ("hospital", "hospitals", "clinic", "school", "university", "mosque", "church", "market", "bakery",
                  "stadium", "square", "street", "bridge")
# Heads of a state's own organs: "a Riverton Police Command source" speaks from inside the state.
STATE_ORGAN_HEADS = ("command", "ministry", "directorate", "department", "administration", "governorate",
                     "municipality")
# Heads of a body's name that words before them make a name of its own ("the ODB press service",
# "Sorrenta's interior ministry"); a people noun's words are as often what was said ("... the
# trade war experts said" where scraping lost the comma).
MODIFIED_BODY_HEADS = ("command", "ministry", "directorate", "department", "administration", "office", "police",
                       "council", "authority", "agency", "service", "services", "team", "defence", "defense",
                       "unit", "mission", "committee", "centre", "center", "monitor", "observatory", "group",
                       "network", "channel", "website", "television", "broadcaster")
# Heads that turn the stance of what follows around: "opponents of the president".
OPPOSING_HEADS = ("opponents", "critics", "enemies", "foes", "adversaries")

# --- stance descriptors -------------------------------------------------------------------
# Phrases in the text that reveal the side of an unnamed or unlisted speaker. Longest first
# at match time, so "pro-opposition" wins over "opposition".
STANCE_DESCRIPTORS = {
    "pro-regime": (
        "pro-regime", "pro-government", "pro-assad", "regime-affiliated", "government-affiliated",
        "regime-linked", "government-linked", "regime-backed", "government-backed",
        "state media", "state news", "state television", "state tv", "state-run", "official media",
        "regime media", "loyalist", "regime forces", "government forces", "syrian army",
        "army", "regime", "government", "official news agency", "state news agency", "regime official",
        "government official", "pro-regime forces", "allied militias", "government-run", "regime-run",
        # a government of soldiers is the government
        "junta", "junta-run", "military government",
        # the head of state's own services: "the presidential press service", "the presidency"
        "presidential press service", "presidential press office", "presidency",
    ),
    "opposition": (
        "pro-opposition", "opposition-affiliated", "opposition-linked", "opposition-backed",
        "opposition", "rebel", "rebels", "activist", "opposition-run", "rebel-run",
        "activists", "opposition activist", "anti-regime", "anti-government", "anti-junta", "insurgent", "insurgents",
        "separatist", "separatists", "guerrilla", "guerrillas", "run by the resistance", "resistance fighter",
        "resistance fighters", "resistance group", "resistance groups", "resistance movement", "resistance forces",
        "revolutionary", "free syrian army", "dissident", "defected", "defector",
        "civil defence", "civil defense", "white helmets",
        # the opposition's local administration, as the stance policy counts it
        "local council", "local councils", "coordination committee", "coordination committees",
        # the governments that backed the opposition, taken together
        "western powers", "western governments", "western countries", "western nations",
    ),
    "independent": (
        "monitor", "monitors", "monitoring group", "observatory", "rights group", "rights groups", "watchdog",
        "united nations", "un agency", "human rights group",
        "independent", "wire service", "aid group", "aid agency", "humanitarian",
        # non-governmental organisations are independent by the stance policy
        "aid groups", "aid agencies", "aid organisation", "aid organisations", "aid organization",
        "aid organizations", "relief group", "relief groups", "relief agency", "relief agencies",
        "charity", "charities", "ngo", "ngos", "non-governmental",
        "aid worker", "aid workers", "relief worker", "relief workers",
    ),
}

# "junta-controlled media", "a resistance-run clinic", "a rebel-backed council": a side's word
# joined to one of these says whose the speaker is, as the side's word alone would.
SIDE_COMPOUND_WORDS = {"pro-regime": ("regime", "government", "junta", "state", "army", "military"),
                       "opposition": ("opposition", "rebel", "resistance", "insurgent", "separatist")}
SIDE_COMPOUND_TAILS = ("run", "backed", "linked", "affiliated", "led", "aligned", "allied", "funded", "owned",
                       "operated")
# "-controlled" says whose a medium is, but of a place only who holds it ("a resident of the
# government-controlled west of the city" is no one's voice)
SIDE_CONTROLLED_MEDIA = ("media", "television", "tv", "press", "newspaper", "newspapers", "outlet", "outlets",
                         "radio", "news agency")
for _side, _words in SIDE_COMPOUND_WORDS.items():
    STANCE_DESCRIPTORS[_side] = tuple(dict.fromkeys((
        *STANCE_DESCRIPTORS[_side], *(f"{word}-{tail}" for word in _words for tail in SIDE_COMPOUND_TAILS),
        *(f"{word}-controlled {medium}" for word in _words for medium in SIDE_CONTROLLED_MEDIA))))

# People who serve a state: "a Examplian officer" speaks for the government or army whose
# entry the demonym names ("Examplian government", "Examplian army").
STATE_SERVANTS = ("officer", "officers", "official", "officials", "soldier", "soldiers", "troops", "diplomat",
                  "diplomats", "pilot", "pilots", "general", "commander", "minister", "ambassador", "envoy",
                  "spokesman", "spokeswoman", "spokesperson", "policeman", "policemen")
# The entries a demonym is tried with, in order.
STATE_BODY_NOUNS = ("government", "army", "armed forces", "military")
# Descriptors that decide only when no other descriptor does: "a military official" is the
# army's, but "a rebel military official" the rebels'.
FALLBACK_DESCRIPTORS = {"pro-regime": ("military official", "military officials", "military authorities",
                                       "military spokesman", "military spokeswoman", "military spokesperson",
                                       "army spokesman", "army spokeswoman",
                                       # a state's forces, unless another word makes them the other side's
                                       "navy", "naval", "air force", "general staff", "armed forces", "coast guard",
                                       "border guards", "gendarmerie"),
                        # a state's copy calls the other side's outlets "terrorist media"
                        "opposition": ("terrorist media", "terrorists' media", "terrorists’ media", "terrorist radio",
                                       "terrorists' radio", "terrorists’ radio", "terrorist websites",
                                       "terrorist channels")}
# The state's police and soldiers, unnamed ("a soldier at a checkpoint", "police said"), when
# nothing but one of these words stands before them ("Kurdish police" are not the state's).
PLAIN_STATE_DESCRIPTORS = ("police", "police officer", "police officers", "policeman", "policemen",
                           "soldier", "soldiers", "officer", "officers", "sergeant", "sergeants")
PLAIN_DESCRIPTOR_LEADS = ("a", "an", "the", "one", "two", "three", "local", "senior", "junior", "riot", "traffic",
                          "young", "uniformed", "off-duty", "wounded", "brigade", "battalion")

# An unnamed source of a state's services: "a security source", "military sources". It speaks
# for the government when neither its words nor its publisher give another side (a partisan
# publisher's own sources are its side's: a foreign backer's "security sources" are that state's).
STATE_SOURCE_DESCRIPTORS = ("military source", "military sources", "security source", "security sources",
                            "security official", "security officials")

# Times of day a running count is given "by" or "as of" ("34 bodies by Sunday morning", "1,100
# had crossed by 6pm"): two such counts at different times are two readings of a rising toll.
COUNT_TIMES_OF_DAY = ("morning", "afternoon", "evening", "noon", "midday", "midnight", "nightfall", "dawn",
                      "dusk", "night")

# --- quantities ---------------------------------------------------------------------------
NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a dozen": 12, "dozen": 12,
    "a hundred": 100, "a thousand": 1000,
}
# Parts of a large round number: "a quarter of a million", "half a million".
FRACTIONS = {"a quarter of a": 0.25, "quarter of a": 0.25, "half a": 0.5, "a half": 0.5, "three quarters of a": 0.75}
MULTIPLIERS = {"dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
# Vague amounts as (value, low, high).
VAGUE_AMOUNTS = {
    "dozens": (24, 24, 99), "tens": (24, 24, 99), "scores": (40, 40, 99), "hundreds": (200, 200, 999),
    "thousands": (2000, 2000, 9999), "tens of thousands": (20000, 20000, 99999),
    "hundreds of thousands": (200000, 200000, 999999), "millions": (2_000_000, 2_000_000, None),
    "several": (3, 3, 9), "a few": (3, 2, 5), "a handful": (4, 2, 6), "multiple": (2, 2, None),
}
LOWER_BOUND_CUES = (
    "at least", "more than", "over", "no fewer than", "no less than", "a minimum of", "upwards of",
    "in excess of", "some more than", "well over", "well above",
)
UPPER_BOUND_CUES = ("up to", "fewer than", "less than", "at most", "as many as", "as high as", "no more than", "under",
                    "nearly", "almost")
APPROXIMATE_CUES = ("about", "around", "approximately", "an estimated", "estimated", "roughly", "some", "nearly", "almost")
# What a number counts. Mapped to a canonical unit so "dead" and "killed" compare.
UNITS = {
    "killed": "killed", "dead": "killed", "deaths": "killed", "death": "killed", "died": "killed",
    "lives": "killed", "bodies": "killed", "martyrs": "killed", "fatalities": "killed",
    "killing": "killed", "kills": "killed", "kill": "killed",
    "injured": "injured", "wounded": "injured", "injuring": "injured", "wounding": "injured",
    "injuries": "injured", "hurt": "injured",
    "casualties": "casualties",
    "residents": "residents", "resident": "residents", "inhabitants": "residents",
    "people": "people", "persons": "people", "person": "people", "individuals": "people",
    "citizens": "people",
    "men": "people", "boys": "children", "girls": "children",
    # one of them, named in the singular: "one man was killed", "killing one policeman"
    "man": "people", "boy": "children", "girl": "children", "mother": "people", "father": "people",
    "policeman": "soldiers", "policemen": "soldiers", "attacker": "fighters", "attackers": "fighters",
    "civilians": "civilians", "civilian": "civilians",
    "children": "children", "child": "children", "kids": "children",
    "women": "women", "woman": "women",
    "fighters": "fighters", "fighter": "fighters", "militants": "fighters", "militant": "fighters",
    "rebels": "fighters", "rebel": "fighters", "terrorists": "fighters", "terrorist": "fighters",
    "jihadists": "fighters", "insurgents": "fighters", "gunmen": "fighters",
    "soldiers": "soldiers", "soldier": "soldiers", "troops": "soldiers", "servicemen": "soldiers",
    "officers": "soldiers", "personnel": "soldiers",
    "detainees": "detainees", "detainee": "detainees", "prisoners": "detainees",
    "prisoner": "detainees", "hostages": "detainees", "captives": "detainees",
    # the crew of a ship or an aircraft, one by one
    "crewman": "people", "crewmen": "people", "sailor": "people", "sailors": "people", "crew": "people",
    "fisherman": "people", "fishermen": "people",
    "islanders": "people", "villagers": "residents",
    "displaced": "displaced", "refugees": "displaced", "evacuees": "displaced",
    "families": "families", "family": "families",
    "airstrikes": "airstrikes", "airstrike": "airstrikes", "air strikes": "airstrikes",
    "air strike": "airstrikes", "raids": "airstrikes", "air raids": "airstrikes", "strikes": "airstrikes",
    "sorties": "airstrikes",
    "missiles": "missiles", "missile": "missiles", "rockets": "missiles", "rocket": "missiles",
    "shells": "shells", "shell": "shells", "mortars": "shells", "mortar": "shells",
    "barrel bombs": "barrel bombs", "barrel bomb": "barrel bombs", "bombs": "bombs",
    "cylinders": "cylinders", "cylinder": "cylinders",
    "percent": "percent", "per cent": "percent", "%": "percent",
    "buildings": "buildings", "homes": "buildings", "houses": "buildings",
    # "one building inside the compound had been damaged", "one house where a rebel opened fire"
    "building": "buildings", "home": "buildings", "house": "buildings", "structure": "buildings",
    "structures": "buildings",
    "villages": "villages", "towns": "villages",
    "vehicles": "vehicles", "tanks": "vehicles", "trucks": "vehicles", "lorries": "vehicles", "convoys": "vehicles",
    "buses": "vehicles", "ambulances": "vehicles", "vehicle": "vehicles", "tank": "vehicles", "truck": "vehicles",
    "bus": "vehicles", "ambulance": "vehicles", "convoy": "vehicles",
    "hospitals": "hospitals", "schools": "schools",
    # people counted by occupation: a part of a toll ("four staff among the dead")
    "staff": "staff", "staffers": "staff", "medics": "staff", "paramedics": "staff", "doctors": "staff",
    "nurses": "staff", "aid workers": "workers", "workers": "workers", "rescuers": "workers",
    "volunteers": "workers", "journalists": "journalists", "reporters": "journalists",
    "patients": "patients", "students": "students", "pupils": "students", "teachers": "teachers",
}
# Verbs of people leaving a place: a bare count before them ("nearly 2,000 had crossed the
# border") counts the displaced.
FLED_VERBS = ("fled", "crossed", "escaped", "left")
# Signs and codes of money written before an amount: "$4 million", "USD 148 million".
CURRENCY_SIGNS = {"$": "dollars", "US$": "dollars", "USD": "dollars", "€": "euros", "EUR": "euros",
                  "£": "pounds", "GBP": "pounds"}
# Verbs after which a bare count is of people released or held back in an exchange: "handed
# over only 85", "it returned 45", "keeping back 17".
RELEASE_VERBS = ("released", "releasing", "freed", "freeing", "free", "handed over", "handing over", "returned",
                 "returning", "exchanged", "swapped", "held back", "holding back", "kept back", "keeping back")
# A count of none: "no civilians were killed", "there were no casualties", "nobody was hurt".
# Against a toll of the same incident it is a contradiction in figures. "No other civilians"
# and "no casualties among the militants" say less than none, and are not read.
NONE_WORDS = ("no", "not a single", "not one")
NONE_PERSONS = ("nobody", "no one", "no-one", "none")
# "There is no headquarters in the town", "Not one bomb fell on the market": a thing said not
# to have been there. Its noun must stand before one of these words; these nouns say nothing
# of a thing ("no doubt about", "no evidence of"), and people are counted as none instead.
ABSENCE_FOLLOWERS = ("in", "at", "near", "on", "inside", "within", "over", "fell", "was", "were", "had", "has", "have",
                     "anywhere", "here", "there")
ABSENCE_GENERIC_NOUNS = ("doubt", "evidence", "information", "comment", "reason", "sign", "signs", "need", "plan",
                         "plans", "intention", "choice", "longer", "matter", "problem", "problems", "change",
                         "truth", "basis", "proof", "knowledge", "record", "records", "report", "reports", "word",
                         "time", "place", "way", "part", "role", "contact", "access", "chance", "point")
NONE_VICTIMS = ("civilians", "civilian", "people", "person", "persons", "children", "child", "soldiers",
                "soldier", "troops", "fighters", "residents", "patients", "staff", "detainee", "detainees",
                "prisoner", "prisoners", "hostage", "hostages")
# where the none were: "no one on board was killed", "nobody in the building was hurt"
NONE_WHERE_WORDS = ("on", "in", "at", "aboard", "inside")
# "60 killed and 38 captured": the taken, counted as the killed are, right after their number
# (not after a name: "the Seven Rivers Alliance captured the town")
TAKEN_PARTICIPLES = ("captured", "arrested", "detained", "abducted", "kidnapped")
# "212 people are held at the base": people in custody, told by a passive after their count
# (never the active "fighters held the town")
DETENTION_PASSIVES = ("held", "jailed", "imprisoned", "locked up", "in custody")
# What may be done to detainees in a day: a count of detainees told with none of these (nor with
# an exchange, a release or an arrest) counts those held ("388 detainees in the two blocks").
DETENTION_ACTS = (*RELEASE_VERBS, *TAKEN_PARTICIPLES, "release", "releases", "transferred", "transfer",
                  "exchange", "swap", "deal", "crossed", "came home", "taken", "seized", "died", "killed", "executed",
                  "tortured")
NONE_HARM_VERBS = ("killed", "injured", "wounded", "hurt", "harmed", "died")
NONE_TOLL_NOUNS = ("casualties", "deaths", "fatalities", "injuries", "victims")
# Units that count people: a count of them joined to a toll ("nine children and 14 others")
# is part of that toll.
PERSON_UNITS = ("killed", "injured", "casualties", "residents", "people", "civilians", "children", "women",
                "fighters", "soldiers", "detainees", "displaced", "families", "staff", "workers", "journalists",
                "patients", "students", "teachers")
# Units that count things, not people: "31 buses" used in an evacuation, "two vehicles" destroyed
# where fighters were killed, are never a count of the evacuated or the dead. Munitions may
# still count strikes.
THING_UNITS = ("buildings", "villages", "vehicles", "hospitals", "schools", "airstrikes", "missiles", "shells",
               "barrel bombs", "bombs", "cylinders", "pieces")
# Nouns after which a number is not a count ("on July 31", "aged 30", "4 sq. km").
NON_COUNT_FOLLOWERS = (
    "sq", "km", "kilometres", "kilometers", "km2", "miles", "metres", "meters", "years", "year",
    "months", "month", "weeks", "week", "days", "day", "hours", "hour", "minutes", "min",
    "am", "pm", "gmt", "percent of", "years-old", "year-old", "th", "st", "nd", "rd",
)
# Words joined to a number by a hyphen that make it the size of a body, not a count of what
# follows ("the 435-member House", "a 120-seat parliament").
BODY_SIZE_WORDS = ("member", "seat")

# --- places -----------------------------------------------------------------------------
# Arabic article forms stripped when places are normalised ("al-Qasr", "a-Safira").
PLACE_ARTICLES = ("al-", "al ", "el-", "el ", "a-", "ad-", "ar-", "as-", "at-", "az-", "ash-", "adh-")
PLACE_HEADS = (
    "district", "province", "city", "town", "village", "neighbourhood", "neighborhood",
    "countryside", "governorate", "suburb", "camp", "region", "area", "quarter",
    "border crossing", "crossing", "airport", "airbase",
)
# Heads of a region that holds towns and villages: "Dorsa village in Riverton province" says
# that Dorsa lies within Riverton, so a toll for one may be a toll for the other.
REGION_HEADS = ("province", "countryside", "governorate")
# Wire services whose name follows a dateline's place, brackets lost in scraping: "ALEPPO Reuters".
DATELINE_WIRES = ("reuters", "afp", "ap", "xinhua", "dpa", "anadolu", "efe", "ansa")
# A capitalised phrase ending in one of these names a body, not a place ("the Police Command").
NOT_PLACE_HEADS = (
    "command", "council", "committee", "ministry", "agency", "observatory", "network", "front",
    "brigade", "brigades", "army", "forces", "coalition", "law", "conflict", "majority", "news",
    "media", "tv", "television", "organization", "organisation", "group", "party", "movement",
    "union", "nations", "office", "center", "centre", "court", "commission", "foundation", "monitor",
    "institute", "authority", "authorities", "government", "regime", "agreement", "convention",
    "minister", "president", "spokesman", "correspondent", "reporter", "battalion", "division",
    "corps", "militia", "militias", "alliance", "federation", "association", "society", "press",
    # units and services: "the Southern Fleet", "the Republican Guard", "the Border Police"
    "fleet", "flotilla", "squadron", "regiment", "navy", "guard", "guards", "police", "directorate",
    "department", "mission",
    # "IS-held", "rebel-controlled": who holds a place, not its name
    "held", "controlled", "backed", "led", "run", "linked",
)
# Countries: a toll set "in" a country names no incident, so a country never makes two tolls
# one incident. Lower case, as place names are normalised.
COUNTRY_NAMES = (
    "afghanistan", "albania", "algeria", "andorra", "angola", "argentina", "armenia", "australia",
    "austria", "azerbaijan", "bahamas", "bahrain", "bangladesh", "barbados", "belarus", "belgium",
    "belize", "benin", "bhutan", "bolivia", "bosnia", "botswana", "brazil", "brunei", "bulgaria",
    "burkina faso", "burundi", "cambodia", "cameroon", "canada", "cape verde", "chad", "chile", "china",
    "colombia", "comoros", "congo", "costa rica", "croatia", "cuba", "cyprus", "czech republic",
    "denmark", "djibouti", "dominica", "dominican republic", "ecuador", "egypt", "el salvador",
    "eritrea", "estonia", "eswatini", "ethiopia", "fiji", "finland", "france", "gabon", "gambia",
    "georgia", "germany", "ghana", "greece", "grenada", "guatemala", "guinea", "guyana", "haiti",
    "honduras", "hungary", "iceland", "india", "indonesia", "iran", "iraq", "ireland", "israel",
    "italy", "ivory coast", "jamaica", "japan", "jordan", "kazakhstan", "kenya", "kosovo", "kuwait",
    "kyrgyzstan", "laos", "latvia", "lebanon", "lesotho", "liberia", "libya", "liechtenstein",
    "lithuania", "luxembourg", "madagascar", "malawi", "malaysia", "maldives", "mali", "malta",
    "mauritania", "mauritius", "mexico", "moldova", "monaco", "mongolia", "montenegro", "morocco",
    "mozambique", "myanmar", "burma", "namibia", "nepal", "netherlands", "new zealand", "nicaragua",
    "niger", "nigeria", "north korea", "north macedonia", "norway", "oman", "pakistan", "palestine",
    "panama", "papua new guinea", "paraguay", "peru", "philippines", "poland", "portugal", "qatar",
    "romania", "russia", "rwanda", "saudi arabia", "senegal", "serbia", "sierra leone", "singapore",
    "slovakia", "slovenia", "somalia", "south africa", "south korea", "south sudan", "spain",
    "sri lanka", "sudan", "suriname", "sweden", "switzerland", "syria", "taiwan", "tajikistan",
    "tanzania", "thailand", "togo", "tunisia", "turkey", "turkmenistan", "uganda", "ukraine",
    "united arab emirates", "uae", "united kingdom", "uk", "britain", "great britain",
    "united states", "usa", "america", "uruguay", "uzbekistan", "venezuela", "vietnam", "yemen",
    "zambia", "zimbabwe",
)
# "IS-controlled X", "rebel-held X": who holds a place; the place is the name after it.
# Offices and bodies whose "of" names a portfolio or a title, not a place: "the Ministry of
# Health", "Head of State", "the Army of Islam", "Secretary of State".
OFFICE_BEFORE_OF = ("ministry", "minister", "ministers", "department", "directorate", "secretary", "head",
                    "chief", "army", "bureau", "office", "commissioner", "commission")
PLACE_HOLDER_WORDS = ("held", "controlled", "backed", "led", "run", "linked", "based", "besieged")
# First words of a capitalised phrase after a preposition that make it no place ("in Syrian
# hands", "by the Islamic State").
NOT_PLACE_FIRST_WORDS = (
    "the", "a", "an", "syrian", "russian", "iranian", "turkish", "assad", "regime", "government", "state",
    "islamic", "army", "forces", "rebels", "opposition", "un", "us", "u", "president", "minister",
    # a possessive opens no place's name ("His Excellency")
    "his", "her", "its", "their",
)
# Capitalised words after "on" or "from" that are not places ("posted on Twitter").
NOT_PLACE_NAMES = ("twitter", "facebook", "telegram", "youtube", "instagram", "whatsapp", "tiktok")
# Verbs whose object may be the place attacked: "shelled Kherson", "strikes hit Rafah".
ATTACK_VERBS = ("hit", "hits", "struck", "strikes", "shelled", "shells", "shelling", "bombed", "bombs", "bombing",
                "pounded", "pounding", "targeted", "targeting", "attacked", "attacking", "raided", "stormed",
                "captured", "seized", "recaptured", "entered")
PLACE_PREPOSITIONS = ("in", "of", "at", "near", "from", "into", "to", "on", "outside", "around", "across", "inside", "toward", "towards")

# --- claim extraction ---------------------------------------------------------------------
# A line that ends with a colon after an attribution introduces a list whose items are the
# speaker's claims: "Results of the strike, according to the brigade's reconnaissance:" then
# "- at least six storage tanks destroyed". Verbs that introduce such a list:
LIST_INTRODUCING_VERBS = ("said", "says", "reported", "reports", "announced", "announces", "listed", "lists",
                          "stated", "states", "wrote", "writes", "added", "claimed", "claims")
# Markers that open a list item.
LIST_ITEM_MARKERS = ("-", "*", "•", "–", "—", "·")
# Lines that are furniture, not reporting.
CAPTION_MARKERS = ("photo courtesy", "photo:", "image:", "photograph:", "(photo", "file photo", "[…]", "[...]")
# Abbreviations after which a full stop does not end a sentence.
# Titles abbreviated before a name ("Brig. Gen. Torren Vask"): part of a speaker's name.
TITLE_ABBREVIATIONS = ("mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "capt", "maj", "brig", "prof", "cpl",
                       "adm", "cmdr", "rev", "sen", "rep", "gov")
ABBREVIATIONS = (
    *TITLE_ABBREVIATIONS, "st",
    "sq", "no", "vs", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "u.s", "u.n", "u.k",
    "e.g", "i.e", "approx", "est", "jr", "sr", "inc", "co", "corp",
)
# Words that may sit inside a speaker's noun phrase between the name and the cue
# ("the Syrian Observatory for Human Rights", "the governor's statement").
NP_GLUE = ("the", "a", "an", "of", "for", "and", "al", "el", "bin", "ibn", "abu", "de", "la", "von", "van", "s", "’s", "'s",
           "many", "several")
SPEAKER_DESCRIPTORS = (
    "local", "pro-regime", "pro-opposition", "pro-government", "opposition", "state", "official",
    "officials", "rebel", "rebels", "former", "senior", "top", "military", "security", "medical", "field",
    "media", "news", "outlet", "agency", "daily", "citizen", "unnamed", "anonymous", "several",
    "some", "many", "other", "two", "three", "human", "rights", "political", "diplomatic",
    "islamist", "jihadist", "kurdish", "russian", "iranian", "turkish", "syrian", "western",
    "opposition-affiliated", "government-affiliated", "regime-affiliated", "affiliated", "run",
    "state-run", "monitoring", "spokesman", "spokeswoman", "statement", "political", "committee",
    "negotiating", "defense", "defence", "civil", "wire", "service", "group", "watchdog", "body",
    "pro-assad", "anti-regime", "anti-government", "independent", "eyewitnesses", "sources",
    "foreign", "european", "arab", "international", "humanitarian", "rights",
    "estimates", "figures", "data", "tally", "count", "report", "records", "documentation",
    "another", "one", "young", "elderly", "prominent", "well-known", "foreign", "western", "general",
    "armed", "popular", "separatist", "separatists", "insurgent", "loyalist", "resistance",
)
# Apposition heads: "Osama Abu Zeid, head of X, said".
APPOSITION_HEADS = (
    "a", "an", "the", "head", "spokesman", "spokeswoman", "spokesperson", "member", "director",
    "commander", "governor", "leader", "chief", "president", "minister", "correspondent",
    "founder", "chairman", "secretary", "ambassador", "envoy", "coordinator", "deputy", "editor",
    "general", "brigadier", "colonel", "one", "who", "whose",
)
# Job titles that make a noun phrase after a name its apposition even without a comma, as in
# scraped text: "Jane Example the governor of the province told reporters".
# Words that make the words before a name a clause, not the name's title: "When the minister
# arrived, Jon Example said" (against "The foreign minister, Jon Example, said").
NOT_TITLE_WORDS = ("when", "after", "before", "while", "as", "if", "because", "since", "although",
                   "said", "says", "told", "was", "were", "is", "are", "has", "have", "had")
PERSON_TITLES = (
    "governor", "spokesman", "spokeswoman", "spokesperson", "correspondent", "reporter",
    "director", "head", "chief", "commander", "minister", "president", "leader", "member",
    "official", "officer", "coordinator", "chairman", "chairwoman", "chair", "secretary",
    "ambassador", "envoy", "editor", "founder", "co-founder", "researcher", "analyst", "mayor",
    "deputy", "representative", "adviser", "advisor", "negotiator", "activist", "journalist",
    "photographer", "doctor", "surgeon", "manager", "general", "colonel", "lawmaker", "senator",
    "mp", "mufti", "imam", "priest", "bishop", "professor", "lecturer", "expert", "investigator",
    "monitor", "observer", "volunteer", "worker", "medic", "nurse", "resident", "witness", "writer",
    "commissioner", "administrator", "prosecutor", "judge", "inspector", "attorney",
    "admiral", "commodore", "speaker",
)
# Ranks and titles a person is called by alone ("the colonel said" after "Col. Jane Example"),
# with the abbreviations their names are written with.
RANK_TITLES = {"colonel": ("col",), "general": ("gen",), "major": ("maj",), "captain": ("capt",),
               "lieutenant": ("lt",), "sergeant": ("sgt",), "brigadier": ("brig",), "admiral": ("adm",),
               "commander": ("cmdr",), "governor": ("gov",), "senator": ("sen",), "professor": ("prof",)}
# A second cue that continues the same speaker's claim: "X said A, adding B".
# "X said A, and it denied B", "and it categorically rejects B", "but he insisted B": a clause
# whose subject is a pronoun, with one of these verbs, is the same speaker's next claim
PRONOUN_SEQUEL_VERBS = ("said", "says", "added", "adds", "denied", "denies", "rejected", "rejects", "insisted",
                        "insists", "warned", "warns", "accused", "accuses", "claimed", "claims", "stressed",
                        "stresses", "acknowledged", "acknowledges", "admitted", "admits", "confirmed",
                        "confirms", "blamed", "blames", "dismissed", "dismisses")
SEQUEL_CUES = (
    "adding", "added", "and added", "and said", "continuing", "noting", "instead claiming", "instead saying",
    # a participle of a reporting verb continues the same speaker: "X said A, warning B"
    "warning", "blaming", "charging", "insisting", "stressing", "explaining", "pointing out", "asserting",
    "confirming", "affirming", "emphasizing", "emphasising",
    "arguing", "accusing", "urging", "predicting", "calling for",
    "describing", "denying", "rejecting", "dismissing", "calling it", "calling them",
    # a coordinated reporting verb does too: "X said A but warned B"
    "but warned", "and warned", "but predicted", "and predicted", "but urged", "and urged",
    "but insisted", "and insisted", "but stressed", "and stressed", "but added", "but said",
    "and blamed", "but blamed", "and accused", "but accused", "and called for", "but called for",
    "and denied", "but denied", "but acknowledged", "and acknowledged", "but noted", "and noted",
    "and claims", "and claimed", "but claimed", "and says", "but says",
    "and warns", "but warns", "and adds", "and confirmed", "but confirmed", "and argued", "but argued",
    "and admitted", "but admitted", "and conceded", "but conceded",
    # "X said the attackers were fighters and described them as terrorists" ("and called" is left
    # out: "and called on Damascus to ..." asks, it reports nothing)
    "and described", "but described", "and dismissed", "and rejected", "but rejected",
    # "X said the raid was carried out by jets and put the death toll at 30"
    "and put the death toll at", "and put the toll at", "and puts the death toll at", "and puts the toll at",
    "putting the death toll at", "putting the toll at",
    # a relative clause with its own cue: "accused X of the attack which it estimates killed 1,429"
    "which it says", "which it said", "which it estimates", "which it estimated", "which they say",
    "which they said", "which he said", "which she said",
    # the source itself goes on: "according to the United Nations, which estimates that ..."
    "which estimates that", "which estimated that", "which says that", "which said that", "which warned that",
    "which warns that",
)
# Second cues only after a comma: "X denied A, saying B" (but "reported the blast saying B",
# "quoted residents as saying B" and "continued by saying B" are one claim).
COMMA_SEQUEL_CUES = ("saying", "stating", "claiming")
# Sentences that are page furniture inside running text: credits, tag lists, teasers.
# Matched at a sentence's start (no "^": the sentence is searched from its own offset). A tag list
# without its "Tags:" label is often glued to the first sentence of the text, so it is not one.
SENTENCE_FURNITURE = (
    r"\(?(?:additional )?reporting by\b", r"(?:writing|editing|edited|compiled) by\b", r"tags\s*:",
    r"read (?:also|more)\b", r"(?:related|recommended)\b", r"follow (?:us|him|her)\b",
    r"click here\b", r"(?:copyright|©)",
)
# What a statement comes in: "X in a statement posted online said".
STATEMENT_NOUNS = (
    "statement", "statements", "communique", "communiqué", "post", "posting", "video", "audio",
    "recording", "message", "tweet", "interview", "press conference", "news conference",
    "briefing", "speech", "letter", "report", "bulletin", "announcement", "release",
    "press release",
)
# Counts published by someone: "according to a new toll from the monitor" is the monitor's.
# Nouns of a cue that names a count but not what it counts: "put the number at 210,000".
NUMBER_NOUNS = ("number", "figure", "count", "tally", "estimate")
# What a side's estimate is of: "He put the Front's own losses at 11", "put the enemy's dead at".
NAMED_ESTIMATE_NOUNS = ("losses", "toll", "death toll", "casualties", "dead")
COUNT_NOUNS = ("toll", "death toll", "tally", "count", "figures", "estimate", "estimates", "data")
COUNT_ADJECTIVES = ("new", "latest", "updated", "preliminary", "final", "revised", "initial", "official",
                    "provisional", "last")
# A cue followed by these words reports an act, not a statement: "claimed responsibility",
# "declared three days of mourning"; or no one speaker's claim: "blamed each other for the strike".
CUE_NOT_SPEECH = ("responsibility", "the lives", "the life", "each other", "one another", "a day of mourning",
                  "a day of national mourning", "two days of mourning", "three days of mourning",
                  "three days of national mourning", "seven days of mourning", "national mourning")
# One word in British and American spelling: "the center" refers back to "the Example Centre".
SPELLING_VARIANTS = (("centre", "center"), ("organisation", "organization"), ("defence", "defense"))
# Between two commas after a source ("According to the committee, the regime took 300 people
# out, although ..."), a finite verb, or a past form before one of these object openers, makes
# the words a clause of what was said, not an apposition describing the source.
CLAUSE_VERBS = ("is", "are", "was", "were", "has", "have", "had", "took", "takes", "fired", "hit")
OBJECT_OPENERS = ("the", "a", "an", "only", "about", "some", "its", "their", "his", "her")
# Words before the one speaker label of a text that announce it as that speaker's words
# ("The following is the full text of the televised address ... PRIME MINISTER JANE EXAMPLE: ...").
TRANSCRIPT_ANNOUNCERS = ("transcript", "full text", "text of", "address to the nation", "televised address",
                         "speech", "remarks as delivered")
# Words announcing that a statement or letter follows in full, set off without quotation marks
# ("publishes below the full text of a video statement recorded by Jon Example", "It reads in
# full:"): the paragraphs after it are its author's words, a claim a sentence.
STATEMENT_ANNOUNCERS = ("full text", "reads in full", "in full below", "text follows", "reads as follows",
                        "statement reads", "letter reads", "message reads", "full statement", "full letter")
# A body's voices that "its" or "their" may own ("Its media said", "their officials said"), besides
# the nouns for bodies and people below; "their relatives" are the victims', not a side's.
OWNED_VOICE_NOUNS = ("media", "leadership", "officials", "spokespeople", "fighters", "officers")
# Definite generic speakers that refer back to an earlier, named source, grouped by what they
# can refer to.
BACK_REFERENCES = {
    "outlet": ("paper", "newspaper", "daily", "agency", "outlet", "channel", "broadcaster", "network", "website", "site", "television", "report"),
    "organisation": ("charity", "group", "monitor", "observatory", "organisation", "organization", "body", "coalition",
                     "ministry", "committee", "council", "army", "military", "movement", "faction", "militia",
                     "brigade", "center", "centre", "front", "command", "headquarters", "police", "service", "mission",
                     "alliance", "team", "office", "directorate", "department", "commission", "secretariat",
                     "corps", "confederation", "federation", "league", "union", "battalion", "company", "operator"),
    "document": ("statement", "communique", "communiqué", "declaration", "letter", "claim"),
    "person": ("spokesman", "spokeswoman", "official", "activist", "negotiator", "commander", "defector", "officer", "fighter", "doctor", "resident", "journalist", "correspondent", "governor", "minister", "president", "envoy", "source", "witness", "man", "woman", "leader", "head", "chief", *PERSON_ROLES),
}
# Roles in a body, written between the body's noun and a name: "council member Jon Example",
# "committee spokesman Jon Example".
BODY_ROLE_TITLES = ("member", "head", "chief", "spokesman", "spokeswoman", "spokesperson", "official",
                    "leader", "chairman", "chairwoman", "chair", "director", "president", "secretary")
# The sources.toml kinds a generic noun can refer back to when no earlier speaker was called
# by it: "the group said" after the observatory spoke means the observatory, not a newspaper.
_BODIES = ("NGO", "monitor", "civil defence", "media centre", "armed group", "militia", "political body",
           "think tank")
BACK_REFERENCE_KINDS = {
    "agency": ("wire service", "state media"),
    "group": _BODIES,
    "monitor": ("monitor",),
    "charity": ("NGO",),
    "organisation": (*_BODIES, "UN agency", "intergovernmental body"),
    "organization": (*_BODIES, "UN agency", "intergovernmental body"),
}
# Verbs and nouns that make an unattributed sentence a checkable event report.
EVENT_WORDS = (
    "killed", "killing", "kills", "died", "dead", "wounded", "injured", "injuring", "wounding",
    "bombed", "bombing", "bombardment", "shelled", "shelling", "airstrike", "airstrikes",
    "air strikes", "raid", "raids", "attack", "attacked", "attacks", "exploded", "explosion",
    "blast", "captured", "seized", "took control", "recaptured", "fell", "besieged", "siege",
    "evacuated", "evacuation", "displaced", "destroyed", "hit", "targeted", "fired", "clashes",
    "detonated", "massacre", "executed", "signed", "withdrew", "stormed", "shot", "struck", "bombs",
    "pounded",
)

# What a denial can answer: the events above, and acts a side denies ("denied that any fighters
# had surrendered", "rejected claims that the town had fallen").
REPORTED_ACTS = (*EVENT_WORDS, "strike", "strikes", "shells", "surrender", "surrendered", "fallen", "full control",
                 "handed over", "detained", "arrested",
                 # the acts of a war at sea or over a prison as much as a bombing
                 "firing", "opened fire", "rammed", "ramming", "sank", "sunk", "abducted", "kidnapped",
                 "tortured", "torture", "looted", "looting", "burned", "turned back", "taken prisoner")

# Words for one act, so that a denial meets a report of the act in other words: "denied
# bombing hospitals" answers "the hospital was hit by two airstrikes".
ACT_SYNONYMS = {
    "strike": ("bomb", "bombs", "bombed", "bombing", "bombings", "bombard", "bombarded", "bombardment",
               "bombardments", "airstrike", "airstrikes", "air-strike", "air-strikes", "strike", "strikes",
               "struck", "raid", "raids", "shelled", "shelling", "pounded", "pounding", "targeted", "hit",
               "hitting", "weapon", "weapons", "missile", "missiles", "rocket", "rockets"),
    "aircraft": ("aircraft", "warplane", "warplanes", "jets", "planes", "helicopter", "helicopters", "bombers"),
    # a place changing hands: "denied that the town had fallen" answers "took full control of it"
    "capture": ("captured", "capture", "captures", "seized", "fallen", "fell", "overran", "overrun", "control",
                "recaptured", "retook", "retaken"),
}
# each word of ACT_SYNONYMS mapped to its act
ACT_OF_WORD = {word: act for act, words in ACT_SYNONYMS.items() for word in words}
# A denial that names what it denies only by a back-reference ("denied carrying out the
# attacks") answers the other side's reports of that act in its article; one that points back
# to the accusations ("rejected the allegations") answers its reports of any act. "The
# incident" is left out: an article often tells of more than one.
DENIED_BACK_REFERENCES = ("attack", "attacks", "strike", "strikes", "raid", "raids", "bombing", "bombings",
                          "shelling", "massacre", "killings", "weapons")
DENIED_GENERIC_REFERENCES = ("accusations", "allegations", "reports", "claims")
# "dismissed the minister's figure as a fairy tale", "rejected Ms Example's figures": what a
# denial's possessor counted is what it denies
DENIED_FIGURE_NOUNS = ("figure", "figures", "toll", "tolls", "count", "counts", "tally", "estimate", "estimates",
                       "numbers")
# "dismissed" reports speech only with what is dismissed as said ("dismissed the claims",
# "dismissed the offer as trickery"); "the president dismissed the governor" is a sacking.
DISMISSAL_CUES = ("dismissed", "dismisses")
# "reminded journalists on Tuesday that ..." reports; "the scene reminded him of 2013" does not:
# these cue only with a "that" near after them.
# Cues that report only when what they hold is called "responsible" ("held the rebels responsible
# for the attack"), never "held talks" or "held the town".
RESPONSIBLE_ONLY_CUES = ("holds", "held")
THAT_ONLY_CUES = ("reminded", "reminds",
                  # "repeated that the station had never fallen", never "repeated attacks"
                  "repeated", "repeats",
                  # present forms that are nouns as often: "the ministry states that", never "states"
                  "states", "notes",
                  # "found that three of the deaths occurred elsewhere", never "found the bodies"
                  "found", "learned", "learnt")
# "welcomed the agreement as 'a victory'" says what the agreement is; "welcomed the plan" says
# nothing checkable: only with "as" is it reported speech.
CHARACTERISED_AS_CUES = ("welcomed", "welcomes", "hailed", "hails")
DISMISSED_STATEMENTS = ("accusations", "allegations", "reports", "report", "claims", "claim", "statement",
                        "statements", "offer", "proposal", "charges", "charge", "accusation", "allegation",
                        "rumours", "rumors", "criticism", "denial", "denials")
# Nouns by which a closing denial points back to what was just reported: "..., a claim the
# government denied", "..., a figure the army disputed".
CLAIM_NOUNS = ("claim", "allegation", "accusation", "charge", "assertion", "account", "report", "figure", "toll",
               "number")
# "denied responsibility", "denied any involvement": a denial of a part in what happened, which
# answers the other side's reports of any act in its article, as "the allegations" does
DENIED_PART = ("responsibility", "involvement", "any role", "any involvement", "any responsibility",
               "any part", "carrying out", "having carried out", "being behind",
               # "denied accusations it carried out the attacks": the accused denies the act
               "accusations it", "accusations that it", "accusations they", "accusations that they",
               "allegations it", "allegations that it", "allegations they", "allegations that they",
               "claims it", "claims that it", "charges it", "charges that it")
# Lower-case words a proper name may hold: "Bashar al-Assad", "Ministry of Defence".
NAME_PARTICLES = ("al", "el", "bin", "ibn", "abu", "de", "van", "von", "of", "and", "for")
# Words a body's name shortened from the front never starts with: "for Human Rights" is no name.
SHORTENED_NAME_GLUE = (*NAME_PARTICLES, "the", "in", "on", "at", "to")
# "Russia denied its aircraft were involved": the pronoun is the denier, so the claim denied is
# one that names the denier.
# "The junta denies this.": a denial's object that points back to what was just reported.
POINTING_PRONOUNS = ("this", "that", "it", "these", "them")
# "two of our drones": a part of what the speaker's side has.
POSSESSIVE_DETERMINERS = ("our", "their", "its", "his", "her", "your")
DENIER_PRONOUNS = ("it", "its", "they", "their", "them", "he", "his", "we", "our", "us")
# "rejected calls to halt the bombing" refuses a request; it denies no report of the bombing.
REQUEST_NOUNS = ("call", "calls", "demand", "demands", "appeal", "appeals", "request", "requests", "plea", "pleas")
# Cues that ask for something rather than report it, by their first word ("called on", "called
# for"): "urged inspectors to visit the checkpoint" reports no act at the checkpoint, whatever
# words it shares with a denial.
REQUEST_CUES = ("urged", "urges", "urging", "called", "calls", "demanded", "demands", "appealed", "appeals",
                "asked", "asks", "requested", "requests")

# --- comparison -----------------------------------------------------------------------------
# What a number measures, read from the words around it in the claim.
MEASURE_CUES = {
    "deaths": ("killed", "killing", "kills", "kill", "died", "dying", "dead", "death", "deaths", "toll", "lives", "lost their lives", "bodies", "martyr", "fatalities", "executed",
               "martyred", "slain", "perished", "drowned", "beheaded", "massacred", "neutralized", "neutralised", "eliminated",
               "eliminating", "neutralizing", "neutralising",
               "murdered", "murdering",
               # a side's losses are its dead: "put its own losses at 23 fighters" (MEASURE_CUES_BEFORE)
               "losses", "loss"),
    "injuries": ("injured", "injuring", "wounded", "wounding", "injuries", "hurt"),
    "population": ("home to", "population", "inhabitants", "live", "lived", "living", "serves", "residents of"),
    "displaced": ("displaced", "evacuated", "evacuation", "leave", "left", "leaving", "fled", "refugees",
                  "displacement", "crossed", "escaped", "boarded", "bused", "bussed", "on the buses",
                  "arrived at reception", "reached reception"),
    "detainees": ("detainees", "prisoners", "detained", "arrested", "release"),
    "strikes": ("airstrikes", "air strikes", "raids", "strikes", "sorties", "barrel bombs", "missiles", "shells", "rockets"),
}
# Cues that say what a number measures only when they come before it: "losses at 23 fighters",
# but not "three axes ... and has inflicted losses".
MEASURE_CUES_BEFORE = ("losses", "loss")
# People still in a besieged place are its population ("about 60,000 people remain in the
# district"); patients still inside a hospital stay patients.
REMAINING_CUES = ("remain in", "remained in", "remain inside", "remained inside", "remain trapped in",
                  "remained trapped in", "remain trapped inside", "still inside", "remain there")
REMAINING_UNITS = ("people", "residents", "civilians")
# A population told as it was before the fighting is not a count of who is there now:
# "a town of around 30,000 people before the war" against "some 4,000 people remain".
PAST_POPULATION_CUES = ("before the war", "before the conflict", "before the fighting", "before the siege",
                        "pre-war", "prewar", "once home to", "used to be home to")
# Cues that say what a number measures only right after it and its noun: "300 people leaving
# the town", but not "killed three, leaving 12 wounded" nor "the two sides ... leaving".
MEASURE_CUES_AFTER = ("leaving",)
# Units that name a status, not what befell the people counted: "nine evacuees ... were killed"
# counts deaths, "12 hostages were wounded" injuries.
STATUS_UNITS = ("displaced", "detainees")
# What a picture shows is one scene, not a toll: "a video showed the bodies of a dozen people".
PICTURE_NOUNS = ("video", "videos", "footage", "photograph", "photographs", "photo", "photos", "image",
                 "images", "picture", "pictures")
# The measures of a toll, which evolve as bodies are found: a part of a toll counts what its
# toll counts, and two reports of one toll differ by degree.
TOLL_MEASURES = ("deaths", "injuries", "casualties")
# Parts of a toll, never a rival to it ("four staff" among a hospital's dead).
TOLL_PART_UNITS = ("children", "women", "families", "staff", "workers", "journalists", "patients",
                   "students", "teachers")
# Words just before a count that make it a part of a toll or an addition to one: "another
# five", "the remaining six", "including 24 civilians".
TOLL_PART_LEADS = ("another", "a further", "further", "an additional", "additional", "other", "including",
                   "among them", "remaining")
# Who a toll counts: a count of people may be of either, but civilians are not combatants.
VICTIM_CLASSES = {"civilians": "civilians", "fighters": "combatants", "soldiers": "combatants"}
# Strikes told as aimed at fighters with care for civilians, or as aimed at civilians; a toll of
# civilians (CIVILIAN_TOLL_UNITS) counts on the second side too.
STRIKE_TARGET_FRAMING = (
    ("avoid civilian", "minimize civilian", "minimise civilian", "avoid or minimize civilian",
     "precision strikes", "precise strikes", "terrorist positions", "militant positions",
     "legitimate target", "training camp", "command centre", "command center",
     "weapons depot", "ammunition depot", "weapons store", "arms depot"),
    ("civilians were targeted", "civilians were deliberately targeted", "targeted civilians", "targeting civilians",
     "target civilians", "deliberately targeted", "indiscriminate", "indiscriminately"),
)
# Opposite accounts of cause or responsibility: a claim using one side's words and another
# using the other's, about the same point, frame it in contradiction.
FRAMING_OPPOSITES = (
    # an attack told as an answer to the other side, or as one without cause
    (("retaliation", "retaliatory", "retaliate", "in response", "responded", "response to", "reprisal",
      "self-defence", "self-defense"),
     ("unprovoked", "pretext", "without provocation", "no provocation", "no justification", "unjustified")),
    # a withdrawal told as a choice, or as a defeat
    (("tactical retreat", "tactical withdrawal", "redeploy", "redeployed", "repositioned", "strategic withdrawal",
      "prepared lines", "advantageous lines", "advantageous positions", "regrouping to", "regrouped to",
      "planned withdrawal", "orderly withdrawal", "relocated", "relocation"),
     ("unable to", "forced to", "could not", "couldn't", "driven out", "routed", "defeated", "disorderly",
      "in disarray", "collapsing", "collapsed", "abandoning", "abandoned their", "ran from", "ran away",
      "left their weapons", "retreat", "retreated", "they ran")),
    # a crash told as a failure, or as a shooting down
    (("technical fault", "technical failure", "technical problem", "technical malfunction", "malfunction",
      "mechanical failure", "mechanical problem"),
     ("shot down", "shot it down", "downed", "brought down", "shooting down")),
    STRIKE_TARGET_FRAMING,
)
# Victims whose toll answers a claim that a strike hit fighters or their facilities.
CIVILIAN_TOLL_UNITS = ("civilians", "children", "women", "students", "patients")
# Blame: whom a claim holds responsible. "X blamed the regime for the attack" against "Y
# accused rebels of it" are opposite accounts of responsibility for one act. The side blamed
# is the first of these words in what the cue reports, or after "carried out by", or before
# "responsible".
BLAME_CUES = ("blamed", "blames", "blame", "blaming", "accused", "accuses", "accuse", "accusing")
RESPONSIBILITY_CUES = ("responsible", "to blame for", "behind the")
RESPONSIBLE_AGENT_CUES = ("carried out by", "perpetrated by", "committed by", "launched by")
BLAMED_SIDES = {
    "pro-regime": ("regime", "government", "government forces", "regime forces", "army", "syrian forces",
                   "loyalist", "loyalists", "pro-government forces", "pro-regime forces"),
    "opposition": ("rebels", "rebel", "terrorists", "terrorist", "militants", "insurgents", "opposition",
                   "jihadists", "gunmen", "armed groups", "takfiri", "takfiris"),
}
# A side saying its own people did not do an act denies the reports of it: "the Front had not
# fired on Kolvany today", "not one of our fighters has surrendered", "government forces did not
# open fire once". Who: a pronoun or a possessive for the speaker's side, or a side word of it.
# "the army" is not here: it is a side word (BLAMED_SIDES), the other side's in a rebel's mouth.
OWN_SIDE_SUBJECTS = ("it", "they", "we", "its forces", "its fighters", "its troops", "its units", "its men",
                     "its jets", "its aircraft", "its planes", "our forces", "our fighters", "our troops",
                     "our units", "our men", "our jets", "our aircraft", "their forces", "their fighters",
                     "the group", "the movement", "the front", "the alliance", "the brigade")
# The acts such a negation denies, by family: the words after the negation, and those a report
# of the act uses ("had not fired on Kolvany" against "fired more than 30 mortar shells at Kolvany").
OWN_ACT_FAMILIES = {
    "attack": ("fire", "fired", "firing", "open fire", "opened fire", "fire a single shot", "fired a single shot",
               "shell", "shelled", "shelling", "shells", "strike", "struck", "strikes", "bomb", "bombed",
               "bombing", "target", "targeted", "hit", "attack", "attacked", "attacks", "mortar", "mortars"),
    "air": ("fly", "flew", "flown", "missions", "sorties", "jets", "aircraft", "warplanes", "airstrike",
            "airstrikes", "air strike", "air strikes"),
    "surrender": ("surrender", "surrendered", "turned themselves in", "laid down their arms",
                  "handed over their weapons", "handed in their weapons"),
    # (men taken off the buses of an evacuation are detained)
    "detain": ("detain", "detained", "arrest", "arrested", "taken off a bus", "taken off the buses",
               "taken off buses"),
    # people taken in battle ("63 taken prisoner"), not places ("captured the town")
    "capture": ("taken prisoner", "taken captive", "captured alive"),
    "kill": ("kill", "killed", "killing"),
}
# A denial of harm: "There is no truth in the reports of dozens of dead", "denied reports that
# crew members had been killed". It answers the other side's toll of the event; not when it is
# about who the dead were ("rejected claims that the dead were civilians").
HARM_WORDS = ("dead", "death", "deaths", "died", "killed", "killing", "killings", "casualties", "martyred",
              "martyrs", "wounded", "injured")
# A side's toll of its own losses ("Four of our servicemen fell") is not what the other side denies.
OWN_LOSS_WORDS = ("our", "ours")
WHO_THE_DEAD_WERE = ("the dead were", "the dead are", "among the dead", "the victims were", "the victims are",
                     "those killed were", "the killed were", "the bodies were")
# The dead told as combatants only: "only militants were killed", "all of the dead were armed
# fighters", "killed only fighters". Another source's count of civilians among the dead of the
# same event answers it ("11 children are among the dead").
COMBATANT_NOUNS = ("fighters", "militants", "terrorists", "gunmen", "armed men", "combatants", "rebels",
                   "insurgents", "soldiers", "mercenaries")
# No fighters there, told by a side: "there were no fighters in that market", "none of its
# fighters were in the area", "not a single fighter was among the dead". The other side's count of
# fighters killed at that event answers it ("Up to 60 militants were eliminated").
NO_COMBATANTS_PATTERNS = (
    r"\b(?:no|not\s+(?:a\s+single|one|any))\s+(?:[\w-]+\s+)?(?:{nouns}|{noun})\s+(?:(?:was|were)\s+)?"
    r"(?:in|at|near|inside|among\s+the\s+dead)\b",
    r"\bnone\s+of\s+(?:its|their|our|the\s+group's)\s+(?:{nouns})\s+(?:was|were)\s+(?:in|at|near|inside|among)\b",
)
ONLY_COMBATANTS_PATTERNS = (
    r"\bonly\s+(?:armed\s+)?(?:{nouns})\s+(?:were|had\s+been|have\s+been)\s+(?:killed|eliminated)",
    r"\bkill(?:ed|ing)\s+only\s+(?:armed\s+)?(?:{nouns})",
    r"\ball\s+(?:of\s+)?(?:the\s+|those\s+)?(?:\w+\s+)?(?:dead|killed|victims)\s+(?:were|are|had\s+been)\s+"
    r"(?:armed\s+)?(?:{nouns})",
)
# A denial of what a named speaker said: "There is no truth in what Jon Example said",
# "rejected Jon Example's account". It answers that speaker's claims about the event.
SAID_VERBS = ("said", "says", "told", "claimed", "claims", "wrote", "alleged", "announced", "stated")
SAYING_NOUNS = ("claim", "claims", "account", "accounts", "statement", "statements", "words", "allegation",
                "allegations", "accusation", "accusations", "version", "story", "remarks")
# A party disowning an act: "We had no hand in Esmir", "has nothing to do with the crime",
# "denied | any role in the bombing". It answers the claims that name that party as the doer
# ("carried out by a cell of the Front", "The fingerprints of the Front are on it").
DISOWNED_LINKS = ("hand", "part", "role", "involvement", "responsibility", "link", "links", "connection",
                  "connections")
DISOWNING_PHRASES = ("nothing to do with", "not responsible", "not involved", "not behind", "never involved")
# what, besides the cues of BLAME_CUES, RESPONSIBILITY_CUES and RESPONSIBLE_AGENT_CUES, names a doer
# (the passive's agent too: "missiles fired by the Front")
DOER_MARKS = ("fingerprints", "behind", "carried out", "planted", "orchestrated", "masterminded", "cell of", "fired by",
              "launched by", "detonated by", "dropped by")
# An act said never to have happened, by anyone: "Not a single fighter surrendered", "nobody
# surrendered", "There was never a surrender". Whoever would have done these is the side that
# says so, so such a negation answers the other side's report of the act ("No one was
# arrested" against "soldiers detained 27 young men"; "not one soldier was taken prisoner"
# against "63 taken prisoner"). (Not the acts of OWN_ACT_FAMILIES whose doer the negation
# leaves open: "no one fired" may be said of the enemy.)
UNDONE_ACT_FAMILIES = ("surrender", "detain", "capture")
# Words before an act that leave it undone: "anyone who feared arrest", "the threat of arrest".
UNREALISED_ACT_LEADS = ("feared", "fear", "fears", "fearing", "risk", "threat", "avoid", "escape", "evade",
                        "evading", "avoiding", "escaping")
# who a negation says did it: "not a single fighter", "none of them", "nobody"
UNDONE_BY = ("not a single", "not one", "no", "none of the", "none of them", "nobody", "no one", "no-one")
# What befell counted things: two counts of vehicles are of one thing only when told of the
# same fate ("12 enemy vehicles destroyed" and "three tanks seized" count different machines).
THING_FATES = {
    "destroyed": ("destroyed", "destroy", "destroying", "burned", "burnt", "burning", "fire", "knocked out",
                  "wrecked", "disabled", "lost"),
    "seized": ("seized", "seize", "seizing", "captured", "capture", "capturing", "abandoned", "left behind",
               "taken"),
}
# A place told as taken, or as not taken: "the city has fallen" against "the city has not yet
# fallen", "rebels captured the town" against "the attack on the town was repelled". Compared
# only between claims naming the same place. Withdrawals are left out: who withdrew decides
# which side they agree with.
CONTROL_OPPOSITES = (
    ("captured", "seized", "took control", "taken control", "taken over", "took over", "overran", "overrun",
     "vanquished", "has fallen", "have fallen", "had fallen", "fell to", "recaptured", "retook", "retaken",
     "took full control", "taken full control", "completed their control", "completed its control"),
    ("not yet fallen", "not fallen", "hasn't fallen", "has not been taken", "not been captured", "repelled",
     "repulsed", "thwarted", "foiled", "beat back", "beaten back", "failed to capture", "failed to take",
     "failed to storm", "still holds", "still hold", "remains in the hands", "remain in the hands",
     "remains in full control", "remain in full control", "remains in control", "still in control",
     # "the station has never left the control of the State for a single minute"
     "never fallen", "never fell", "never left the control", "never left our control", "never been taken",
     "never been captured", "never lost control"),
)
# Who holds a place, as a claim tells it: "the town remains in the hands of the revolutionaries",
# "under government control", "separatist fighters still held the port", "the whole town is in
# our hands". Two sources giving one place to different sides on one day contradict each other,
# whichever of them attacked. Each cue is a phrase whose holder is named next to it.
HOLDING_CUES = ("in the hands of", "still held", "still holds", "still hold",
                "established full control", "established control", "full control of", "full control over",
                "completed their control", "completed its control", "took full control", "taken full control",
                "in control of", "control of", "controlled", "is held by", "was held by", "held by")
# Holders named after the cue ("under government control", "in the hands of the rebels") or
# as the subject just before it ("government forces have established full control").
HOLDER_SIDES = {
    "pro-regime": ("government", "regime", "army", "troops", "soldiers", "junta", "loyalist", "loyalists",
                   "government forces", "regime forces", "armed forces", "military"),
    "opposition": ("rebels", "rebel", "opposition", "separatists", "separatist", "insurgents", "insurgent",
                   "revolutionaries", "guerrillas", "militants", "jihadists", "resistance", "terrorists",
                   "terrorist"),
}
# The speaker's own side holds it: "in our hands", "under our control", "its fighters still held".
OWN_SIDE_HOLDERS = ("our", "we", "us", "its", "it")
# How far before a holding cue its subject may stand, in words.
HOLDER_SUBJECT_WORDS = 5
# Whether a side kept a truce: "regime forces violated the ceasefire within hours" against "the
# army fully respected the truce"; "our fighters held fire". Who is said to have broken it is
# the subject before the cue, or named after "by" ("47 violations by regime forces").
TRUCE_WORDS = ("truce", "ceasefire", "cease-fire", "armistice", "hold fire", "held fire", "holding fire")
TRUCE_BROKEN_CUES = ("violated", "violating", "violates", "violate", "violation", "violations", "broke",
                     "broken", "breaking", "breaks", "break", "breached", "breaching", "breaches", "breach",
                     "sabotage", "sabotaged", "sabotaging")
TRUCE_KEPT_CUES = ("respected", "respecting", "respects", "respect", "observed", "observing", "observes",
                   "honoured", "honored", "honouring", "honoring", "abided by", "abiding by", "adhered to",
                   "adhering to", "complied with", "complying with", "held fire", "hold fire", "holding fire",
                   "held it")
# How far before a truce cue the side that kept or broke it may stand, in words; "it" and "its"
# only just before it ("its fighters held fire", not "while its positions are attacked it
# reserves the right to respond").
TRUCE_SUBJECT_WORDS = 8
TRUCE_OWN_SIDE_WORDS = 3
TRUCE_PRONOUNS = ("it", "its")
# Cues that are nouns say who broke the truce only with "by": "47 violations by regime forces".
TRUCE_BREACH_NOUNS = ("violation", "violations", "breach", "breaches")
# What kind of violence a toll is about. Two tolls of one place and day that name different
# kinds (an air raid and an execution) are two incidents. Longer cues are tried first.
INCIDENT_KINDS = {
    "air": ("airstrike", "airstrikes", "air strike", "air strikes", "air raid", "air raids", "air-strike",
            "warplane", "warplanes", "war planes", "jets",
            "aircraft", "helicopter", "helicopters", "barrel bomb", "barrel bombs", "from the air", "aerial", "air force", "sorties", "drone"),
    "shelling": ("shelling", "shells", "shelled", "mortar", "mortars", "rocket", "rockets",
                 "artillery", "missile", "missiles", "projectile", "projectiles", "cylinder", "cylinders",
                 "bombardment"),
    "bomb": ("car bomb", "suicide", "explosive device", "ied", "bomb blast", "booby-trapped", "booby trap"),
    "ground": ("clashes", "fighting", "battle", "battles", "ground forces", "ground offensive", "counterattack",
               "counter-attack", "assault", "ambush", "sniper", "snipers"),
    "execution": ("executed", "execution", "beheaded", "firing squad"),
    "chemical": ("chemical", "chlorine", "sarin", "toxic gas", "poison gas", "nerve agent", "suffocation"),
    "mine": ("landmine", "landmines", "land mine", "land mines", "mines"),
}
# A blast is no kind of attack of its own: it is what any of EXPLOSIVE_KINDS does, told by one
# side of a rocket and by the other of ammunition stored nearby. It is not an execution's.
BLAST_WORDS = ("explosion", "explosions", "exploded", "detonated", "detonation", "blast", "blasts")
EXPLOSIVE_KINDS = ("air", "shelling", "bomb")
# Who holds the area hit: a toll on the government-held side and one on the other side are two.
HELD_AREA = {
    "government": ("government-held", "regime-held", "government held", "regime held", "state-held",
                   "army-held", "loyalist"),
    "opposition": ("rebel-held", "opposition-held", "rebel held", "opposition held", "insurgent-held",
                   "militant-held", "isis-held", "is-held", "isil-held", "jihadist-held", "kurdish-held"),
}
# Local authorities speak for the side that holds their place: "in the rebel-held town of X ...,
# a local health official said" is the opposition's administration.
LOCAL_AUTHORITY_HEADS = ("official", "officials", "council", "councils", "authorities", "administration",
                         "administrator", "administrators")
HELD_BY_SIDE = {
    "pro-regime": ("government-held", "regime-held", "army-held", "junta-held", "government-controlled",
                   "regime-controlled", "army-controlled", "junta-controlled"),
    "opposition": ("rebel-held", "opposition-held", "insurgent-held", "rebel-controlled", "opposition-controlled",
                   "insurgent-controlled"),
}
# A count its own source has since replaced: "put the toll at 31 in an earlier count", "up from
# an initial toll of 12". It is set against no other count.
SUPERSEDED_COUNT_CUES = ("earlier count", "earlier toll", "earlier figure", "earlier tally", "previous count",
                         "previous toll", "previous figure", "initial toll", "initial count", "initial figure")
# A claim told as another incident than the ones before it in its article.
SEPARATE_INCIDENT_CUES = ("separate", "separately", "elsewhere", "in another", "another attack",
                          "another strike", "another raid", "a second attack", "in other news", "meanwhile",
                          # "... were also killed in a besieged district": more victims somewhere else
                          "were also killed", "was also killed", "were also wounded", "were also injured",
                          # "nine died in that attack": an attack the claim before told of, not
                          # the article's own ("the attack")
                          "in that attack", "in that ambush", "in that raid", "in that strike", "in that assault")
# A toll counted over a period rather than for one attack ("since April", "over the past week").
# Counts up to now ("since", "so far") are one kind of period; a bounded one ("this month",
# "six months of") is only the same period as a count told with the same words.
CUMULATIVE_PERIOD_CUES = ("since", "so far", "in total", "throughout", "to date", "cumulative", "overall",
                          "altogether", "the war", "the conflict", "war began", "conflict began",
                          "conflict erupted", "war erupted")
BOUNDED_PERIOD_CUES = ("over the past", "over the last", "during the past", "during the last", "in the past",
                       "in the last", "this year", "last year", "this month", "last month", "past week",
                       "last week", "past month", "past year", "in one week", "in a week", "in one month",
                       "in a month", "in two weeks", "in three weeks", "days of", "weeks of", "months of")
PERIOD_CUES = CUMULATIVE_PERIOD_CUES + BOUNDED_PERIOD_CUES
# Of these, the words of a running count that name no period of their own: "41 bodies had been
# exhumed so far" counts the grave another source counts at 73, not another stretch of time
# ("131 people in total" adds up parts, and stays a count of its own).
RUNNING_COUNT_CUES = ("so far", "to date")
# A toll of the whole war, not of one incident: compared with other whole-war tolls of the same
# days wherever the article is set. Regular-expression fragments, matched in lower case.
WAR_WIDE_CUES = (
    r"since the (?:start|beginning|outbreak|onset) of the (?:war|conflict|uprising|crisis|revolution)",
    r"since (?:(?:the|[\w-]+) ){0,2}(?:war|conflict|uprising|crisis|revolution) (?:began|erupted|started|broke out)",
    # "a six-year war": looked for from the unit, as a pattern opening on "\w+" is tried at every letter
    r"(?<=\w-)(?:year|month)(?:-old)?(?:-long)? (?:civil )?(?:war|conflict|crisis|uprising)",
    r"(?:war|conflict|crisis) (?:has|have) (?:so far )?(?:killed|claimed)",
    r"across the (?:[\w-]+ )?country\b", r"\bnationwide\b",
    # "put the total death toll from conflict at": the toll of the whole war
    r"toll (?:from|of) (?:the )?(?:[\w-]+ )?(?:civil )?(?:war|conflict)\b",
)
APPROXIMATE_SPREAD = 0.1      # "about 75,000" covers 67,500 to 82,500
