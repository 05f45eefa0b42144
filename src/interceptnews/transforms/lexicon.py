"""Word lists for mention detection and speaker roles (English news about the war).

Kept as data in one module so that changing a list reruns `annotate` (dvc.yaml lists this file).
"""
from __future__ import annotations

ROLES = ("soldier", "relative", "official", "intelligence_agency", "military_unit", "journalist",
         "civilian", "other", "unknown")

# head noun -> (role, gender m/f/None, plural)
_SINGULAR_PLURAL = {
    "soldier": ("soldier", "soldiers"), "serviceman": ("soldier", "servicemen"), "servicewoman": ("soldier", "servicewomen"),
    "conscript": ("soldier", "conscripts"), "paratrooper": ("soldier", "paratroopers"), "marine": ("soldier", "marines"),
    "fighter": ("soldier", "fighters"), "sniper": ("soldier", "snipers"), "gunner": ("soldier", "gunners"), "artilleryman": ("soldier", "artillerymen"), "rifleman": ("soldier", "riflemen"),
    "scout": ("soldier", "scouts"), "stormtrooper": ("soldier", "stormtroopers"), "deserter": ("soldier", "deserters"),
    "infantryman": ("soldier", "infantrymen"), "trooper": ("soldier", "troopers"), "recruit": ("soldier", "recruits"),
    "mercenary": ("soldier", "mercenaries"), "commander": ("soldier", "commanders"), "officer": ("soldier", "officers"),
    "sergeant": ("soldier", "sergeants"), "lieutenant": ("soldier", "lieutenants"), "captain": ("soldier", "captains"),
    "colonel": ("soldier", "colonels"), "squaddie": ("soldier", "squaddies"), "occupier": ("soldier", "occupiers"),
    "invader": ("soldier", "invaders"), "tankman": ("soldier", "tankmen"), "crewman": ("soldier", "crewmen"),
    "convict": ("soldier", "convicts"), "private": ("soldier", "privates"), "signaller": ("soldier", "signallers"), "signaler": ("soldier", "signalers"),
    "signalman": ("soldier", "signalmen"), "tanker": ("soldier", "tankers"), "pilot": ("soldier", "pilots"),
    "mechanic": ("soldier", "mechanics"), "grenadier": ("soldier", "grenadiers"), "reservist": ("soldier", "reservists"),
    "draftee": ("soldier", "draftees"), "cadet": ("soldier", "cadets"), "corporal": ("soldier", "corporals"),
    "paramedic": ("soldier", "paramedics"), "contractor": ("soldier", "contractors"), "mortarman": ("soldier", "mortarmen"),
    "machine-gunner": ("soldier", "machine-gunners"), "operator": ("soldier", "operators"), "medic": ("soldier", "medics"),
    "driver": ("soldier", "drivers"), "sapper": ("soldier", "sappers"), "inmate": ("soldier", "inmates"),
    "prisoner": ("soldier", "prisoners"), "veteran": ("soldier", "veterans"), "doctor": ("soldier", "doctors"),
    "servicemember": ("soldier", "servicemembers"), "serviceperson": ("soldier", "servicepeople"),
    "surgeon": ("soldier", "surgeons"), "general": ("soldier", "generals"), "chaplain": ("soldier", "chaplains"),
    "major": ("soldier", "majors"), "nurse": ("soldier", "nurses"), "clerk": ("official", "clerks"), "guy": ("unknown", "guys"), "zampolit": ("soldier", "zampolits"), "kombat": ("soldier", "kombats"), "kombrig": ("soldier", "kombrigs"), "politruk": ("soldier", "politruks"),
    "mother": ("relative", "mothers"), "mum": ("relative", "mums"), "mom": ("relative", "moms"), "father": ("relative", "fathers"),
    "dad": ("relative", "dads"), "wife": ("relative", "wives"), "husband": ("relative", "husbands"), "son": ("relative", "sons"),
    "daughter": ("relative", "daughters"), "brother": ("relative", "brothers"), "sister": ("relative", "sisters"),
    "girlfriend": ("relative", "girlfriends"), "boyfriend": ("relative", "boyfriends"), "fiancée": ("relative", "fiancées"),
    "fiancee": ("relative", "fiancees"), "fiancé": ("relative", "fiancés"), "relative": ("relative", "relatives"),
    "parent": ("relative", "parents"), "grandmother": ("relative", "grandmothers"), "grandfather": ("relative", "grandfathers"),
    "aunt": ("relative", "aunts"), "uncle": ("relative", "uncles"), "cousin": ("relative", "cousins"),
    "family": ("relative", "families"), "widow": ("relative", "widows"), "ex-wife": ("relative", "ex-wives"), "ex-husband": ("relative", "ex-husbands"),
    "boy": ("relative", "boys"), "girl": ("relative", "girls"), "widower": ("relative", "widowers"), "partner": ("relative", "partners"),
    "official": ("official", "officials"), "representative": ("official", "representatives"), "spokesman": ("official", "spokesmen"), "spokeswoman": ("official", "spokeswomen"),
    "spokesperson": ("official", "spokespeople"), "minister": ("official", "ministers"), "president": ("official", "presidents"),
    "governor": ("official", "governors"), "mayor": ("official", "mayors"), "lawmaker": ("official", "lawmakers"),
    "ambassador": ("official", "ambassadors"), "embassy": ("official", "embassies"), "commissar": ("official", "commissars"), "diplomat": ("official", "diplomats"), "ministry": ("official", "ministries"),
    "kremlin": ("official", "kremlin"), "government": ("official", "governments"), "prosecutor": ("official", "prosecutors"),
    "authority": ("official", "authorities"), "ombudsman": ("official", "ombudsmen"), "office": ("official", "offices"), "mission": ("official", "missions"), "commissioner": ("official", "commissioners"), "chairman": ("official", "chairmen"), "chairwoman": ("official", "chairwomen"),
    "commissariat": ("official", "commissariats"), "director": ("official", "directors"), "judge": ("official", "judges"),
    "parliament": ("official", "parliaments"), "duma": ("official", "dumas"), "committee": ("official", "committees"),
    "agency": ("intelligence_agency", "agencies"), "directorate": ("intelligence_agency", "directorates"),
    "sbu": ("intelligence_agency", "sbu"), "hur": ("intelligence_agency", "hur"), "gur": ("intelligence_agency", "gur"),
    "fsb": ("intelligence_agency", "fsb"), "gru": ("intelligence_agency", "gru"), "diu": ("intelligence_agency", "diu"),
    "troops": ("military_unit", "troops"), "army": ("military_unit", "armies"), "brigade": ("military_unit", "brigades"),
    "battalion": ("military_unit", "battalions"), "company": ("military_unit", "companies"), "battery": ("military_unit", "batteries"), "platoon": ("military_unit", "platoons"), "regiment": ("military_unit", "regiments"), "unit": ("military_unit", "units"),
    "corps": ("military_unit", "corps"), "division": ("military_unit", "divisions"), "detachment": ("military_unit", "detachments"), "squad": ("military_unit", "squads"),
    "forces": ("military_unit", "forces"), "military": ("military_unit", "military"), "staff": ("military_unit", "staff"),
    "presenter": ("journalist", "presenters"), "anchor": ("journalist", "anchors"), "interviewer": ("journalist", "interviewers"),
    "journalist": ("journalist", "journalists"), "reporter": ("journalist", "reporters"), "correspondent": ("journalist", "correspondents"),
    "editor": ("journalist", "editors"), "blogger": ("journalist", "bloggers"), "channel": ("journalist", "channels"), "milblogger": ("journalist", "milbloggers"),
    "resident": ("civilian", "residents"), "trader": ("civilian", "traders"), "recruiter": ("official", "recruiters"), "friend": ("civilian", "friends"), "neighbour": ("civilian", "neighbours"),
    "neighbor": ("civilian", "neighbors"), "principal": ("civilian", "principals"), "acquaintance": ("civilian", "acquaintances"), "comrade": ("soldier", "comrades"), "civilian": ("civilian", "civilians"), "villager": ("civilian", "villagers"),
    "man": ("civilian", "men"), "woman": ("civilian", "women"), "local": ("civilian", "locals"), "volunteer": ("civilian", "volunteers"),
    "analyst": ("other", "analysts"), "source": ("other", "sources"), "group": ("other", "groups"), "organisation": ("other", "organisations"),
    "organization": ("other", "organizations"), "coordinator": ("other", "coordinators"), "expert": ("other", "experts"), "researcher": ("other", "researchers"),
    "professor": ("other", "professors"), "historian": ("other", "historians"), "observer": ("other", "observers"),
    "activist": ("other", "activists"), "lawyer": ("other", "lawyers"), "sociologist": ("other", "sociologists"), "fellow": ("other", "fellows"), "scholar": ("other", "scholars"),
    "economist": ("other", "economists"), "lecturer": ("other", "lecturers"), "academic": ("other", "academics"),
    "specialist": ("other", "specialists"), "scientist": ("other", "scientists"), "linguist": ("other", "linguists"),
    "psychologist": ("other", "psychologists"), "commentator": ("other", "commentators"), "author": ("other", "authors"),
    "founder": ("other", "founders"), "creator": ("other", "creators"), "administrator": ("other", "administrators"),
    # common nouns for people that stories use as speakers ("The inspector told me: ...", "His pal asked: ...")
    "inspector": ("official", "inspectors"), "investigator": ("official", "investigators"), "negotiator": ("official", "negotiators"),
    "envoy": ("official", "envoys"), "adviser": ("official", "advisers"), "advisor": ("official", "advisors"), "aide": ("official", "aides"),
    "teacher": ("civilian", "teachers"), "headmistress": ("civilian", "headmistresses"), "headmaster": ("civilian", "headmasters"),
    "priest": ("civilian", "priests"), "pensioner": ("civilian", "pensioners"), "student": ("civilian", "students"),
    "colleague": ("civilian", "colleagues"), "classmate": ("civilian", "classmates"), "witness": ("civilian", "witnesses"),
    "pal": ("civilian", "pals"), "mate": ("civilian", "mates"), "buddy": ("civilian", "buddies"),
    "grandson": ("relative", "grandsons"), "granddaughter": ("relative", "granddaughters"), "nephew": ("relative", "nephews"),
    "niece": ("relative", "nieces"), "grandma": ("relative", "grandmas"), "granny": ("relative", "grannies"),
    "grandpa": ("relative", "grandpas"), "stepfather": ("relative", "stepfathers"), "stepmother": ("relative", "stepmothers"),
    "sergeant-major": ("soldier", "sergeant-majors"), "quartermaster": ("soldier", "quartermasters"),
    "spotter": ("soldier", "spotters"), "dispatcher": ("soldier", "dispatchers"), "cellmate": ("soldier", "cellmates"),
    "subordinate": ("soldier", "subordinates"), "leader": ("soldier", "leaders"),
    "teenager": ("civilian", "teenagers"), "stranger": ("civilian", "strangers"),
    "buyer": ("civilian", "buyers"), "participant": ("civilian", "participants"), "commenter": ("civilian", "commenters"),
    "bailiff": ("official", "bailiffs"), "brother-in-law": ("relative", "brothers-in-law"),
    "sister-in-law": ("relative", "sisters-in-law"), "father-in-law": ("relative", "fathers-in-law"),
    "mother-in-law": ("relative", "mothers-in-law"),
    # bodies that speak in news: "the Odesa Oblast Military Administration said" (not "bank": a power bank, bank transfers)
    "administration": ("official", "administrations"), "headquarters": ("official", "headquarters"),
    "council": ("official", "councils"), "court": ("official", "courts"),
    "commission": ("official", "commissions"), "department": ("official", "departments"),
}

FEMININE = {"sister-in-law", "mother-in-law", "headmistress", "granddaughter", "niece", "grandma", "granny", "stepmother", "girl", "nurse", "ex-wife", "widow", "mother", "mum", "mom", "wife", "daughter", "sister", "girlfriend", "fiancée", "fiancee", "grandmother",
            "aunt", "spokeswoman", "woman", "servicewoman"}
MASCULINE = {"brother-in-law", "father-in-law", "headmaster", "grandson", "nephew", "grandpa", "stepfather", "priest", "boy", "ex-husband", "signalman", "mortarman", "father", "dad", "husband", "son", "brother", "boyfriend", "fiancé", "grandfather", "uncle", "spokesman",
             "man", "serviceman", "infantryman", "tankman", "crewman", "guy"}

# Multi-word heads: intelligence services are named in many ways.
MULTIWORD_HEADS = {
    ("intelligence",): ("intelligence_agency", False),
    ("intelligence", "service"): ("intelligence_agency", False),
    ("intelligence", "services"): ("intelligence_agency", True),
    ("intelligence", "agency"): ("intelligence_agency", False),
    ("security", "service"): ("intelligence_agency", False),
    ("general", "staff"): ("military_unit", False),
    ("press", "service"): ("official", False),
    ("prosecutor", "general"): ("official", False),
    ("press", "office"): ("official", False),
    ("sergeant", "major"): ("soldier", False),
    ("news", "agency"): ("journalist", False),
    ("news", "agencies"): ("journalist", True),
    ("air", "force"): ("military_unit", False),
    ("air", "forces"): ("military_unit", True),
}

HEADS: dict[str, tuple[str, str | None, bool]] = {}
# plural head -> singular head ("one of the soldiers" is a soldier)
SINGULAR_OF = {_plural: _singular for _singular, (_role, _plural) in _SINGULAR_PLURAL.items() if _plural != _singular}
for _singular, (_role, _plural) in _SINGULAR_PLURAL.items():
    _g = "f" if _singular in FEMININE else "m" if _singular in MASCULINE else None
    HEADS[_singular] = (_role, _g, _singular in {"troops", "forces", "military", "staff"})
    if _plural != _singular:
        HEADS[_plural] = (_role, _g, True)

TITLES = {"president": "official", "minister": "official", "general": "soldier", "colonel": "soldier",
          "major": "soldier", "captain": "soldier", "sergeant": "soldier", "lieutenant": "soldier", "private": "soldier",
          "corporal": "soldier",
          "mr": "unknown", "mrs": "unknown", "ms": "unknown", "dr": "other", "professor": "other", "governor": "official",
          "mayor": "official", "spokesman": "official", "spokeswoman": "official",
          # abbreviations (the full stop is not part of the token): "Col. Viktor Hrytsenko", "Dr Olga Brandt"
          "col": "soldier", "lt": "soldier", "gen": "soldier", "sgt": "soldier", "maj": "soldier", "capt": "soldier",
          "cpl": "soldier", "pte": "soldier",
          # the American press's (AP style) ranks: "Pvt. Denis ...", "Pfc.", "Spc.", "Adm."
          "pvt": "soldier", "pfc": "soldier", "spc": "soldier", "adm": "soldier", "prof": "other", "cllr": "official", "councillor": "official",
          "senator": "official", "ambassador": "official", "deputy": "official", "sen": "official", "rep": "official",
          "prosecutor": "official", "judge": "official"}
# Ministries' portfolios ("the ministry of defence", "the Russian justice ministry")
PORTFOLIOS = {"defence", "defense", "justice", "health", "foreign", "internal", "interior", "finance", "education",
              "labour", "labor", "emergencies", "emergency", "culture"}
# Words that qualify a rank in a title: "Senior Sergeant", "Junior Lieutenant", "Lance Corporal"
# abbreviated qualifiers ("Jr. Sgt.", "Sr. Lt.", "Brig. Gen."): the full stop is not part of the token
ABBREVIATED_RANK_QUALIFIERS = {"jr", "sr", "brig"}
RANK_QUALIFIERS = {"senior", "junior", "lance", "staff", "first", "chief", "master", "warrant", "petty", "lieutenant", "corporal",
                   "ensign"} | ABBREVIATED_RANK_QUALIFIERS
# Capitalised words that are never a person's name, though they may stand before a cue verb.
NOT_NAMES = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
             "today", "yesterday", "tomorrow", "god", "i", "such",
             # a headline's "Intercepted calls capture ...", "Leaked recording shows ...": not a person
             "intercepted", "leaked", "recorded", "exclusive", "watch", "listen"}

PRONOUNS = {"he": ("m", False), "she": ("f", False), "they": (None, True), "it": (None, False)}

DETERMINERS = {"a", "an", "the", "his", "her", "their", "its", "this", "these", "those", "one", "another",
               "two", "three", "four", "five", "several", "some", "many", "our", "my", "your"}
INDEFINITE = {"a", "an", "one", "another", "two", "three", "four", "five", "several", "some", "many"}

# Lowercase words that may stand before a head noun inside a noun phrase.
MODIFIERS = {"childhood", "close", "best", "school", "senior", "junior", "former", "young", "old", "elderly", "wounded", "injured", "captured", "local",
             "unnamed", "anonymous", "top", "military", "intelligence", "frontline", "front-line", "fellow", "retired",
             "deputy", "chief", "acting", "regular", "ordinary", "ethnic", "regional", "foreign", "private", "veteran",
             "new", "other", "terrified", "exhausted", "angry", "furious", "serving", "mobilised", "mobilized",
             "conscripted", "contract", "defence", "defense", "security", "press", "government", "army", "tank",
             "war", "russian", "ukrainian", "main", "own", "elder", "younger", "older", "same", "first", "second",
             # nouns that modify a head in compounds: "drone unit commander", "battalion commander"
             "drone", "artillery", "assault", "infantry", "border", "police", "news", "airborne", "naval", "air",
             "battalion", "brigade", "unit", "company", "platoon", "squad", "regiment", "rocket", "missile",
             "sapper", "medical", "combat", "storm", "reconnaissance", "recon", "special", "forces", "mortar",
             "navy", "marine", "paratrooper", "militia", "volunteer", "prison", "penal", "mobilisation",
             "mobilization", "sbu", "hur", "gur", "fsb", "gru", "kremlin", "ministry", "presidential", "rights"}
# Acronyms of the services that release or make intercepts -> (country, the phrases of their full names).
# "The SBU" after "Ukraine's Security Service" is the same agency; a Russian service is never a Ukrainian one.
_UA_MILITARY_INTELLIGENCE = ("military intelligence", "defence intelligence", "defense intelligence",
                             "main directorate of intelligence", "main intelligence directorate", "hur", "gur", "diu")
AGENCY_ALIASES = {
    "sbu": ("ukrain", ("security service", "sbu")),
    "hur": ("ukrain", _UA_MILITARY_INTELLIGENCE), "gur": ("ukrain", _UA_MILITARY_INTELLIGENCE),
    "diu": ("ukrain", _UA_MILITARY_INTELLIGENCE),
    "fsb": ("russia", ("federal security service", "fsb")),
    "gru": ("russia", ("main directorate of the general staff", "gru")),
}

# Words that mark an official as speaking for an intelligence service: "an SBU spokesman".
AGENCY_WORDS = {"intelligence", "sbu", "hur", "gur", "fsb", "gru", "counterintelligence", "directorate",
                "s.b.u.", "h.u.r.", "g.u.r.", "f.s.b.", "g.r.u."}  # the New York Times style: "the S.B.U."
MODIFIER_SUFFIXES = ("-year-old", "ian", "ese", "ish", "ic", "ical", "ary")

# Words that never begin or continue a noun phrase leftwards, and that are not verbs after a subject.
FUNCTION_WORDS = {"and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "with", "from", "by", "about",
                  "into", "onto", "over", "under", "after", "before", "during", "as", "than", "that", "which", "who",
                  "whom", "whose", "when", "where", "while", "if", "because", "though", "although", "so", "then",
                  "meanwhile", "however", "yesterday", "today", "also", "not", "now", "later", "earlier", "there",
                  "here", "it", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would",
                  "per", "via", "like", "between", "among", "against", "without", "within", "through", "across",
                  "speaking", "asked", "according", "towards", "toward", "around", "near", "behind", "beyond",
                  "inside", "outside", "upon", "amid", "despite", "since", "until", "including", "off", "up",
                  "down", "out", "who's", "what", "why", "how"}

# Heads that name institutions rather than people: "they" or "it", never "he" or "she".
INSTITUTION_HEADS = {"group", "groups", "organisation", "organization", "embassy", "battery", "company", "platoon", "ministry", "ministries", "kremlin", "government", "governments", "authority", "authorities",
                     "agency", "agencies", "directorate", "army", "military", "unit", "brigade", "battalion",
                     "regiment", "forces", "troops", "staff", "general staff", "family", "families",
                     "intelligence", "intelligence service", "intelligence services", "intelligence agency",
                     "security service", "sbu", "hur", "gur", "fsb", "gru", "directorates", "units", "brigades",
                     "battalions", "regiments", "armies", "<place>", "office", "offices", "commissariat", "commissariats", "mission", "missions",
                     "parliament", "duma", "committee", "committees"}

CUE_VERBS = {
    "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added", "adding",
    "ask", "asks", "asked", "asking", "write", "writes", "wrote", "writing", "reply", "replies", "replied", "replying",
    "respond", "responds", "responded", "responding", "answered", "answering",
    "explain", "explains", "explained", "explaining", "claim", "claimed", "claiming", "stated", "insist", "insists", "insisted", "insisting", "continue", "continues", "continued", "recall", "recalls",
    "recalled", "complain", "complains", "complained", "complaining", "warn", "warns", "warned", "warning",
    "noted", "declare", "declares", "declared", "shout", "shouts", "shouted", "shouting",
    "joke", "jokes", "joked", "laugh", "laughs", "laughed", "admit", "admits", "admitted", "admitting",
    "boast", "boasts", "boasted", "lament", "laments", "lamented", "remark", "remarked",
    "describe", "describes", "described", "describing", "called", "announce",
    "announces", "announced", "scream", "screams", "screamed", "yell", "yells", "yelled", "cry", "cries", "cried",
    "whisper", "whispers", "whispered", "mutter", "mutters", "muttered", "plead", "pleads", "pleaded", "begged",
    "begs", "beg", "urged", "urges", "urge", "agreed", "agrees", "agree", "dismissed", "dismisses", "dismiss", "calling", "denied", "denies", "estimated", "estimates", "interjects", "interjected",
    "sighs", "sighed", "concluded", "concludes", "confirmed", "confirms", "posted", "posts", "messaged",
    "wail", "wails", "wailed", "wailing", "sob", "sobs", "sobbed", "sobbing", "brand", "brands", "branded",
    "dub", "dubs", "dubbed", "snap", "snaps", "snapped", "fume", "fumes", "fumed", "rage", "rages", "raged",
    "moan", "moans", "moaned", "groan", "groans", "groaned", "rant", "rants", "ranted", "quip", "quips", "quipped",
    "gasp", "gasps", "gasped", "calls", "labels", "labelled", "labeled", "reveals", "revealed",
    "confides", "confided", "boasting", "vows", "vowed", "swears", "swore", "argues", "argued",
    "exclaims", "exclaimed", "answers", "answer", "demands", "demanded", "pleading", "begging", "mocks", "mocked",
    # more verbs of saying, in the forms that are not also common nouns ("stress", "curses", "wonders")
    "retorts", "retorted", "stressed", "acknowledges", "acknowledged", "concedes", "conceded", "observes", "observed",
    "murmurs", "murmured", "hisses", "hissed", "mumbles", "mumbled", "sneers", "sneered", "scoffs", "scoffed",
    "repeats", "repeated", "recounts", "recounted", "gripes", "griped", "grumbles", "grumbled", "assures", "assured",
    "reassures", "reassured", "whines", "whined", "snarls", "snarled", "barked", "teases", "teased", "cursed",
}
# Verbs that put words in a subject's mouth without being a reporting cue of their own:
# 'Hungary called the sanctions "unrealistic"', 'Moscow has denounced the "provocation"'.
FRAGMENT_VERBS = CUE_VERBS | {
    "term", "terms", "termed", "denounce", "denounces", "denounced", "condemn", "condemns", "condemned",
    "reject", "rejects", "rejected", "accuse", "accuses", "accused", "deny", "promise", "promises", "promised",
    "pledge", "pledges", "pledged", "praise", "praises", "praised", "criticise", "criticises", "criticised",
    "criticize", "criticizes", "criticized", "refer", "refers", "referred", "characterise", "characterises",
    "characterised", "characterize", "characterizes", "characterized", "portray", "portrays", "portrayed",
    "vow", "predict", "predicts", "predicted", "promise", "threaten", "threatens", "threatened", "hail", "hails",
    "hailed", "decry", "decries", "decried", "deride", "derides", "derided", "blame", "blames", "blamed",
    "insist", "maintain", "maintains", "maintained", "suggest", "suggests", "suggested", "assert", "asserts",
    "asserted", "allege", "alleges", "alleged", "report", "reports", "reported", "commented", "comment", "comments",
    "dismiss", "dismisses", "dismissed", "brand", "brands", "branded", "label", "labels", "labelled", "labeled",
    "advise", "advises", "advised", "protest", "protests", "protested", "brag", "brags", "bragged", "promising",
    "celebrate", "celebrates", "celebrated", "claims", "estimate",
    "call"}  # 'Russian troops call the dead "two-hundreds"' (also a noun: counted right after its subject only)
# Words allowed between a subject and its cue verb: "he then says", "Intelligence has said".
BETWEEN_SUBJECT_AND_CUE = {"has", "have", "had", "was", "is", "were", "are", "will", "would", "also", "then", "later",
                           "once", "again", "reportedly", "allegedly", "apparently", "can", "be", "heard", "is heard",
                           "could", "did", "does", "just", "quickly", "simply", "goes", "went", "on", "to",
                           "still", "often", "always", "never", "already"}  # "the Kremlin still calls it a ..."

# States and capitals that news quotes as speakers ("Moscow has called the recordings "fakes"",
# "Hungary ... called the sanctions "unrealistic""): their governments, role official.
PLACE_SPEAKERS = {"russia", "ukraine", "moscow", "kyiv", "kiev", "kremlin", "hungary", "budapest", "belarus", "minsk",
                  "washington", "beijing", "china", "poland", "warsaw", "germany", "berlin", "france", "paris", "london",
                  "britain", "brussels", "nato", "turkey", "ankara", "iran", "tehran", "slovakia", "bratislava",
                  "georgia", "tbilisi", "moldova", "chisinau", "lithuania", "vilnius", "latvia", "riga", "estonia",
                  "tallinn", "finland", "helsinki", "pyongyang", "india", "delhi", "israel", "kazakhstan", "astana"}

# "the Russian says": demonyms that news uses as nouns for the soldier in a call.
DEMONYM_NOUNS = {"russian", "ukrainian"}

# People defined by their tie to someone ("his friend"): like kin, one per call.
TIE_HEADS = {"friend", "neighbour", "neighbor", "comrade"}
COPULAS = {"is", "was", "are", "were", "be", "been", "being", "am", "as", "become", "became", "remains"}

# "the man", "the woman": refer back to any person of a compatible gender.
PERSON_HEADS = {"man", "woman", "person", "year-old"}

# Heads general enough to refer back to a more specific earlier mention: "the soldier" after
# "a Russian paratrooper", "the agency" after "Ukraine's Defence Intelligence". "The commander" is not.
GENERIC_HEADS = {"russian", "soldier", "soldiers", "serviceman", "servicemen", "fighter", "fighters", "occupier", "occupiers",
                 "invader", "invaders", "man", "squaddie", "trooper", "agency", "intelligence service", "service",
                 "intelligence agency"}

# Forms of address inside a quote -> the kin word of the person addressed: "The telly lies, Mum."
VOCATIVE_KIN = {"mum": "mother", "mom": "mother", "mama": "mother", "mummy": "mother", "mother": "mother", "ma": "mother",
                "dad": "father", "papa": "father", "father": "father", "daddy": "father",
                "grandma": "grandmother", "granny": "grandmother", "babushka": "grandmother", "grandpa": "grandfather"}
# Forms of address a parent uses for the soldier.
CHILD_VOCATIVES = {"son", "sonny", "boy", "sweetheart", "darling", "synok"}

# Kin words that name the same relation: "Mom" in a quote is "their mother" in the text.
KIN_CANONICAL = {"mum": "mother", "mom": "mother", "mama": "mother", "mums": "mothers", "moms": "mothers",
                 "dad": "father", "papa": "father", "dads": "fathers", "boy": "son", "girl": "daughter"}
# The soldier, seen from his parents: "the son says", "he tells his son".
CHILD_HEADS = {"son", "boy"}
