"""Small gazetteers for the names stage: places, organizations, nationalities, first names.

Data source: written by the factcheck developers from general knowledge (the world's countries
and their capitals, the largest cities, the US states and their AP-style abbreviations, common
acronyms of governments, agencies and news organizations, nationality adjectives, and common
English and Spanish given names). Nothing here is copied from evaluation data. Every key is lower
case, accent-folded and without periods (``"u.s."`` is looked up as ``"us"``).
"""

from __future__ import annotations

__all__ = [
    "ALIASES",
    "CALENDAR_WORDS",
    "COMMON_WORDS",
    "FIRST_NAMES",
    "KNOWN_ORGS",
    "NATIONALITIES",
    "OF_HEADS",
    "ORG_ACRONYMS",
    "ORG_FIRST_WORDS",
    "ORG_WORDS",
    "OTHER_FIRST_WORDS",
    "OTHER_WORDS",
    "PLACES",
    "PLACE_WORDS",
    "SHOUTED_WORDS",
    "STATE_ABBREVIATIONS",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _lines(text: str) -> frozenset[str]:
    return frozenset(line.strip() for line in text.strip().splitlines() if line.strip())


_COUNTRIES = _lines(
    """
    afghanistan
    albania
    algeria
    andorra
    angola
    antigua and barbuda
    argentina
    armenia
    australia
    austria
    azerbaijan
    bahamas
    bahrain
    bangladesh
    barbados
    belarus
    belgium
    belize
    benin
    bhutan
    bolivia
    bosnia
    bosnia and herzegovina
    botswana
    brazil
    brunei
    bulgaria
    burkina faso
    burundi
    cambodia
    cameroon
    canada
    cape verde
    central african republic
    chad
    chile
    china
    colombia
    comoros
    congo
    costa rica
    croatia
    cuba
    cyprus
    czech republic
    czechia
    denmark
    djibouti
    dominica
    dominican republic
    east timor
    ecuador
    egypt
    el salvador
    equatorial guinea
    eritrea
    estonia
    eswatini
    ethiopia
    fiji
    finland
    france
    gabon
    gambia
    georgia
    germany
    ghana
    greece
    grenada
    guatemala
    guinea
    guinea-bissau
    guyana
    haiti
    honduras
    hungary
    iceland
    india
    indonesia
    iran
    iraq
    ireland
    israel
    italy
    ivory coast
    jamaica
    japan
    jordan
    kazakhstan
    kenya
    kiribati
    kosovo
    kuwait
    kyrgyzstan
    laos
    latvia
    lebanon
    lesotho
    liberia
    libya
    liechtenstein
    lithuania
    luxembourg
    madagascar
    malawi
    malaysia
    maldives
    mali
    malta
    mauritania
    mauritius
    mexico
    micronesia
    moldova
    monaco
    mongolia
    montenegro
    morocco
    mozambique
    myanmar
    burma
    namibia
    nauru
    nepal
    netherlands
    new zealand
    nicaragua
    niger
    nigeria
    north korea
    north macedonia
    norway
    oman
    pakistan
    palau
    palestine
    panama
    papua new guinea
    paraguay
    peru
    philippines
    poland
    portugal
    qatar
    romania
    russia
    rwanda
    samoa
    san marino
    saudi arabia
    senegal
    serbia
    seychelles
    sierra leone
    singapore
    slovakia
    slovenia
    somalia
    south africa
    south korea
    south sudan
    spain
    sri lanka
    sudan
    suriname
    sweden
    switzerland
    syria
    taiwan
    tajikistan
    tanzania
    thailand
    togo
    tonga
    trinidad and tobago
    tunisia
    turkey
    turkmenistan
    tuvalu
    uganda
    ukraine
    united arab emirates
    united kingdom
    united states
    uruguay
    uzbekistan
    vanuatu
    vatican
    venezuela
    vietnam
    yemen
    zambia
    zimbabwe
    britain
    great britain
    england
    scotland
    wales
    northern ireland
    greenland
    puerto rico
    hong kong
    gaza
    west bank
    crimea
    """
)

_CITIES = _lines(
    """
    kabul
    tirana
    algiers
    luanda
    buenos aires
    yerevan
    canberra
    sydney
    melbourne
    vienna
    baku
    nassau
    manama
    dhaka
    minsk
    brussels
    la paz
    sarajevo
    brasilia
    sao paulo
    rio de janeiro
    sofia
    phnom penh
    ottawa
    toronto
    montreal
    vancouver
    santiago
    beijing
    shanghai
    hong kong
    bogota
    medellin
    cali
    san jose
    zagreb
    havana
    nicosia
    prague
    copenhagen
    santo domingo
    quito
    guayaquil
    cairo
    san salvador
    tallinn
    addis ababa
    helsinki
    paris
    marseille
    tbilisi
    berlin
    munich
    frankfurt
    hamburg
    accra
    athens
    guatemala city
    port-au-prince
    tegucigalpa
    budapest
    reykjavik
    new delhi
    delhi
    mumbai
    jakarta
    tehran
    baghdad
    dublin
    jerusalem
    tel aviv
    rome
    milan
    kingston
    tokyo
    amman
    astana
    nairobi
    pristina
    kuwait city
    beirut
    monrovia
    tripoli
    vilnius
    riga
    kuala lumpur
    bamako
    valletta
    mexico city
    guadalajara
    monterrey
    tijuana
    chisinau
    ulaanbaatar
    podgorica
    rabat
    casablanca
    maputo
    naypyidaw
    yangon
    windhoek
    kathmandu
    amsterdam
    the hague
    rotterdam
    wellington
    auckland
    managua
    niamey
    abuja
    lagos
    pyongyang
    skopje
    oslo
    muscat
    islamabad
    karachi
    lahore
    panama city
    asuncion
    lima
    manila
    warsaw
    lisbon
    doha
    bucharest
    moscow
    saint petersburg
    st petersburg
    kigali
    riyadh
    jeddah
    dakar
    belgrade
    freetown
    bratislava
    ljubljana
    mogadishu
    pretoria
    johannesburg
    cape town
    seoul
    juba
    madrid
    barcelona
    colombo
    khartoum
    stockholm
    bern
    geneva
    zurich
    damascus
    aleppo
    taipei
    dushanbe
    dodoma
    dar es salaam
    bangkok
    tunis
    ankara
    istanbul
    kampala
    kyiv
    kiev
    kharkiv
    odesa
    abu dhabi
    dubai
    london
    manchester
    birmingham
    liverpool
    edinburgh
    glasgow
    belfast
    montevideo
    tashkent
    caracas
    maracaibo
    valencia
    hanoi
    ho chi minh city
    sanaa
    lusaka
    harare
    washington
    new york
    new york city
    los angeles
    chicago
    houston
    phoenix
    philadelphia
    san antonio
    san diego
    dallas
    austin
    san francisco
    seattle
    denver
    boston
    detroit
    nashville
    memphis
    portland
    las vegas
    baltimore
    milwaukee
    atlanta
    miami
    orlando
    tampa
    new orleans
    cleveland
    pittsburgh
    cincinnati
    st louis
    kansas city
    minneapolis
    sacramento
    honolulu
    anchorage
    brooklyn
    manhattan
    queens
    the bronx
    staten island
    silicon valley
    hollywood
    fort lauderdale
    palm beach
    mar-a-lago
    """
)

_US_STATES = _lines(
    """
    alabama
    alaska
    arizona
    arkansas
    california
    colorado
    connecticut
    delaware
    florida
    georgia
    hawaii
    idaho
    illinois
    indiana
    iowa
    kansas
    kentucky
    louisiana
    maine
    maryland
    massachusetts
    michigan
    minnesota
    mississippi
    missouri
    montana
    nebraska
    nevada
    new hampshire
    new jersey
    new mexico
    new york state
    north carolina
    north dakota
    ohio
    oklahoma
    oregon
    pennsylvania
    rhode island
    south carolina
    south dakota
    tennessee
    texas
    utah
    vermont
    virginia
    washington state
    west virginia
    wisconsin
    wyoming
    """
)

_REGIONS = _lines(
    """
    africa
    north africa
    west africa
    east africa
    sub-saharan africa
    america
    the americas
    americas
    north america
    south america
    central america
    latin america
    the caribbean
    caribbean
    asia
    central asia
    east asia
    south asia
    southeast asia
    asia-pacific
    europe
    eastern europe
    western europe
    central europe
    middle east
    the middle east
    gulf
    persian gulf
    the gulf
    scandinavia
    balkans
    the balkans
    siberia
    antarctica
    arctic
    the arctic
    oceania
    pacific
    atlantic
    indian ocean
    mediterranean
    black sea
    red sea
    south china sea
    caribbean sea
    amazon
    andes
    orinoco
    midwest
    new england
    west coast
    east coast
    the south
    """
)

# US state abbreviations (AP style and postal) that follow a city after a comma: "Bristol, Tenn.".
STATE_ABBREVIATIONS: dict[str, str] = {
    "ala": "alabama",
    "al": "alabama",
    "ariz": "arizona",
    "az": "arizona",
    "ark": "arkansas",
    "calif": "california",
    "ca": "california",
    "colo": "colorado",
    "co": "colorado",
    "conn": "connecticut",
    "ct": "connecticut",
    "del": "delaware",
    "fla": "florida",
    "fl": "florida",
    "ga": "georgia",
    "ill": "illinois",
    "il": "illinois",
    "ind": "indiana",
    "kan": "kansas",
    "kans": "kansas",
    "ky": "kentucky",
    "la": "louisiana",
    "md": "maryland",
    "mass": "massachusetts",
    "ma": "massachusetts",
    "mich": "michigan",
    "mi": "michigan",
    "minn": "minnesota",
    "mn": "minnesota",
    "miss": "mississippi",
    "ms": "mississippi",
    "mo": "missouri",
    "mont": "montana",
    "neb": "nebraska",
    "nebr": "nebraska",
    "nev": "nevada",
    "nv": "nevada",
    "nh": "new hampshire",
    "nj": "new jersey",
    "nm": "new mexico",
    "ny": "new york",
    "nc": "north carolina",
    "nd": "north dakota",
    "okla": "oklahoma",
    "ok": "oklahoma",
    "ore": "oregon",
    "pa": "pennsylvania",
    "ri": "rhode island",
    "sc": "south carolina",
    "sd": "south dakota",
    "tenn": "tennessee",
    "tn": "tennessee",
    "tex": "texas",
    "tx": "texas",
    "vt": "vermont",
    "va": "virginia",
    "wash": "washington state",
    "wa": "washington state",
    "wva": "west virginia",
    "wis": "wisconsin",
    "wisc": "wisconsin",
    "wi": "wisconsin",
    "wyo": "wyoming",
    "oh": "ohio",
    "ia": "iowa",
    "ut": "utah",
    "id": "idaho",
    "hi": "hawaii",
    "ak": "alaska",
    "me": "maine",
    "or": "oregon",
    "in": "indiana",
    "dc": "washington dc",
}

PLACES: frozenset[str] = _COUNTRIES | _CITIES | _US_STATES | _REGIONS | frozenset({"dc"})

# Nationality and regional adjectives and their plural nouns: modifiers, not mentions.
NATIONALITIES = (
    _words(
        """
    afghan albanian algerian american americans angolan argentine argentinian armenian
    australian austrian azerbaijani bahraini bangladeshi belarusian belgian bolivian bosnian
    brazilian british briton britons bulgarian burmese cambodian cameroonian canadian chilean
    chinese colombian congolese croatian cuban cypriot czech danish dane danes dutch ecuadorian
    ecuadorean egyptian emirati english eritrean estonian ethiopian european europeans filipino
    finnish french georgian german ghanaian greek guatemalan haitian honduran hungarian icelandic
    indian indonesian iranian iraqi irish israeli italian ivorian jamaican japanese jordanian
    kazakh kenyan korean kosovar kuwaiti kurdish kurd kurds latvian lebanese liberian libyan
    lithuanian malaysian malian maltese mexican moldovan mongolian moroccan mozambican namibian
    nepali nicaraguan nigerian nigerien norwegian omani pakistani palestinian panamanian
    paraguayan peruvian polish portuguese qatari romanian russian rwandan saudi scottish
    senegalese serbian singaporean slovak slovenian somali sudanese spanish spaniard spaniards
    sri swedish swiss syrian taiwanese tajik tanzanian thai tunisian turkish ugandan ukrainian
    uruguayan uzbek venezuelan vietnamese welsh yemeni zambian zimbabwean african africans asian
    asians arab arabs latin latino latina latinos hispanic caribbean western eastern northern
    southern soviet persian sunni shiite shia muslim muslims christian christians jewish jews
    catholic catholics protestant islamic islamist bolivarian chavista chavistas republican
    republicans democrat
    democrats democratic communist socialist conservative liberal
    """
    )
    | frozenset(
        n + "s"
        for n in """afghan albanian algerian angolan argentine armenian australian austrian belgian
    bolivian brazilian canadian chilean colombian croatian cuban egyptian ethiopian georgian
    german haitian honduran hungarian indian indonesian iranian iraqi israeli italian jamaican
    jordanian kenyan korean mexican nicaraguan nigerian norwegian pakistani palestinian
    peruvian russian saudi serbian syrian ukrainian uruguayan venezuelan yemeni
    """.split()
    )
    | _lines(
        """
    south american
    north american
    latin american
    central american
    middle eastern
    south korean
    north korean
    south african
    saudi arabian
    new zealander
    """
    )
)

# Acronyms of organizations (and a few countries) and what they stand for.
ORG_ACRONYMS: dict[str, str] = {
    "cia": "central intelligence agency",
    "fbi": "federal bureau of investigation",
    "nsa": "national security agency",
    "dea": "drug enforcement administration",
    "atf": "bureau of alcohol tobacco firearms and explosives",
    "dhs": "department of homeland security",
    "doj": "department of justice",
    "dod": "department of defense",
    "ice": "immigration and customs enforcement",
    "irs": "internal revenue service",
    "sec": "securities and exchange commission",
    "ftc": "federal trade commission",
    "fcc": "federal communications commission",
    "faa": "federal aviation administration",
    "fda": "food and drug administration",
    "cdc": "centers for disease control and prevention",
    "epa": "environmental protection agency",
    "nasa": "national aeronautics and space administration",
    "nih": "national institutes of health",
    "ntsb": "national transportation safety board",
    "tsa": "transportation security administration",
    "fema": "federal emergency management agency",
    "gop": "republican party",
    "dnc": "democratic national committee",
    "rnc": "republican national committee",
    "un": "united nations",
    "nato": "north atlantic treaty organization",
    "eu": "european union",
    "imf": "international monetary fund",
    "who": "world health organization",
    "wto": "world trade organization",
    "opec": "organization of the petroleum exporting countries",
    "oas": "organization of american states",
    "icc": "international criminal court",
    "icj": "international court of justice",
    "unicef": "united nations childrens fund",
    "unhcr": "united nations high commissioner for refugees",
    "asean": "association of southeast asian nations",
    "ecb": "european central bank",
    "fed": "federal reserve",
    "pdvsa": "petroleos de venezuela",
    "aclu": "american civil liberties union",
    "nra": "national rifle association",
    "ap": "associated press",
    "afp": "agence france-presse",
    "upi": "united press international",
    "dpa": "deutsche presse-agentur",
    "efe": "agencia efe",
    "bbc": "british broadcasting corporation",
    "cnn": "cable news network",
    "cbs": "cbs",
    "nbc": "nbc",
    "abc": "abc",
    "pbs": "public broadcasting service",
    "npr": "national public radio",
    "msnbc": "msnbc",
    "cnbc": "cnbc",
    "nyt": "the new york times",
    "wsj": "the wall street journal",
    "swat": "swat",
    "nypd": "new york police department",
    "lapd": "los angeles police department",
    "mit": "massachusetts institute of technology",
    "ucla": "university of california los angeles",
    "usc": "university of southern california",
    "nfl": "national football league",
    "nba": "national basketball association",
    "mlb": "major league baseball",
    "nhl": "national hockey league",
    "fifa": "fifa",
    "ioc": "international olympic committee",
    "ira": "irish republican army",
    "plo": "palestine liberation organization",
    "isis": "islamic state",
    "isil": "islamic state",
    "farc": "revolutionary armed forces of colombia",
    "eln": "national liberation army",
    "kgb": "kgb",
    "fsb": "federal security service",
    "mi6": "secret intelligence service",
}

# Country and place aliases: folded key (without periods) -> canonical key.
ALIASES: dict[str, str] = {
    "us": "united states",
    "usa": "united states",
    "united states of america": "united states",
    "the united states": "united states",
    "the united states of america": "united states",
    "america": "united states",
    "uk": "united kingdom",
    "britain": "united kingdom",
    "great britain": "united kingdom",
    "united kingdom of great britain and northern ireland": "united kingdom",
    "uae": "united arab emirates",
    "ussr": "soviet union",
    "drc": "democratic republic of the congo",
    "dc": "washington dc",
    "washington dc": "washington dc",
    "nyc": "new york city",
    "la": "los angeles",
    "the hague": "the hague",
    "kiev": "kyiv",
    "burma": "myanmar",
    "czechia": "czech republic",
    "ivory coast": "cote d'ivoire",
    "holland": "netherlands",
    "the netherlands": "netherlands",
    "bogota": "bogota",
    "bolivarian republic of venezuela": "venezuela",
    "republic of venezuela": "venezuela",
    "people's republic of china": "china",
    "russian federation": "russia",
    "republic of korea": "south korea",
    "state department": "state department",
    "us state department": "state department",
    "department of state": "state department",
    "us department of state": "state department",
    "pentagon": "department of defense",
    "the pentagon": "department of defense",
    "defense department": "department of defense",
    "justice department": "department of justice",
    "treasury department": "department of the treasury",
    "homeland security department": "department of homeland security",
    "white house": "white house",
    # well-known people whose full legal names news writing also uses
    "nicolas maduro moros": "nicolas maduro",
    "hugo rafael chavez frias": "hugo chavez",
    "hugo chavez frias": "hugo chavez",
    "donald john trump": "donald trump",
    "donald j trump": "donald trump",
    "joseph robinette biden": "joe biden",
    "joseph r biden": "joe biden",
    "joseph biden": "joe biden",
    "barack hussein obama": "barack obama",
    "luiz inacio lula da silva": "lula da silva",
    "andres manuel lopez obrador": "lopez obrador",
    "vladimir vladimirovich putin": "vladimir putin",
}
ALIASES.update({k: v for k, v in ORG_ACRONYMS.items() if k not in ALIASES})

# Organizations that carry no organization word: news outlets, platforms, firms.
KNOWN_ORGS = _lines(
    """
    reuters
    bloomberg
    xinhua
    tass
    interfax
    al jazeera
    politico
    axios
    fox
    fox news
    cnn
    the associated press
    associated press
    new york times
    the new york times
    washington post
    the washington post
    wall street journal
    the wall street journal
    the guardian
    the economist
    the times
    financial times
    los angeles times
    usa today
    truth social
    facebook
    instagram
    twitter
    youtube
    tiktok
    whatsapp
    telegram
    google
    apple
    microsoft
    amazon.com
    meta
    tesla
    spacex
    chevron
    exxonmobil
    exxon
    conocophillips
    shell
    bp
    total
    totalenergies
    repsol
    eni
    citgo
    rosneft
    gazprom
    boeing
    airbus
    walmart
    starbucks
    white house
    pentagon
    kremlin
    congress
    senate
    parliament
    vatican
    hamas
    hezbollah
    taliban
    al qaeda
    nasdaq
    interpol
    europol
    """
)

# Last words that make a capitalized run an organization.
ORG_WORDS = _words(
    """
    department ministry ministries agency bureau office administration commission committee
    council court courts congress senate parliament assembly house government cabinet
    party union federation association society institute institution foundation fund trust
    university college school academy hospital clinic center centre church mosque temple
    company co corp corporation inc incorporated llc ltd plc group holdings partners bank
    airlines airways motors industries enterprises systems technologies labs laboratories
    news times post journal herald tribune gazette courier press network channel radio
    television tv magazine review chronicle observer guardian telegraph star sun daily weekly
    police force forces army navy marines guard corps command unit units service services
    brigade battalion regiment squad team club league board authority authorities embassy branch
    consulate mission organization organisation alliance coalition movement front campaign
    inn hotel motel restaurant cafe bar store stores mart market parts shop pharmacy
    prison jail penitentiary museum library theater theatre stadium arena airport
    speedway raceway racetrack coliseum colosseum casino mall refinery factory
    """
)

# First words that make a capitalized run an organization ("National Enquirer").
ORG_FIRST_WORDS = _words("national international federal daily weekly royal united")

# Last words of laws, events, wars, programs and prizes: named, but no person, place or group.
OTHER_WORDS = _words(
    """
    act acts amendment amendments constitution bill bills treaty accord accords agreement
    doctrine plan program programme initiative law laws code war wars revolution crisis
    scandal day days bowl cup games olympics award awards prize medal series festival
    summit conference address speech report record era age index security care
    parade marathon tournament championship championships concert expo
    """
)

# First words of storms, operations and the like ("Hurricane Sandy", "Operation Desert Storm").
OTHER_FIRST_WORDS = _words("hurricane storm typhoon cyclone tropical operation")

# Last words that make a capitalized run a place.
PLACE_WORDS = _words(
    """
    street st avenue ave road rd boulevard blvd parkway pkwy pike highway hwy drive dr lane
    ln way place square plaza bridge tunnel county parish province region district city town
    township village borough state republic island islands isle peninsula coast beach bay
    gulf sea ocean lake river creek mountain mountains mount mt hills hill valley canyon desert
    park forest falls heights springs harbor harbour port canal strait straits border
    tower towers capitol
    """
)

# Left words of "X of Y" organization and place names: "Bank of America", "Gulf of Mexico".
OF_HEADS = _words(
    """
    department ministry bureau office university college school institute academy bank board
    council court commission committee secretary states kingdom republic emirates nations
    federation union church museum gulf bay sea isle city county state province district
    sisters brothers daughters sons friends league association organization organisation
    federal chamber house
    """
)

# Days, months and holidays: capitalized but never names here.
CALENDAR_WORDS = _words(
    """
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs
    fri sat sun january february march april may june july august september october november
    december jan feb mar apr jun jul aug sep sept oct nov dec christmas easter
    thanksgiving ramadan eid hanukkah passover halloween
    """
)

# Function words and frequent sentence starters: never the first word of a name.
COMMON_WORDS = _words(
    """
    a an the and or but nor so yet if then than that this these those there here when where
    while whilst why how what which who whom whose whoever whatever it its it's he she they we
    i you me him her us them my your his our their mine ours theirs one two three four five six
    seven eight nine ten first second third last next old many much more most some any
    all both each every few several other others another such no not nor only also even just
    still already again ago now today tonight yesterday tomorrow after before since until till
    during about above across against along among around at as by for from in into of off on
    onto out over through to toward towards under up upon with within without via per despite
    although though because unless whether however meanwhile moreover furthermore nevertheless
    instead indeed perhaps maybe thus hence therefore otherwise likewise similarly finally
    earlier later soon once twice according please yes yeah okay ok oh less fewer least
    is are was were be been being am do does did done have has had having will would shall
    should can could may might must let lets said says say told asked added noted
    chapter section part page figure table breaking update updated editor note read watch
    listen click subscribe related advertisement photo video image courtesy source sources
    highlights summary transcript caption gallery comments
    officials official authorities police people residents protesters critics experts analysts
    many while others some most several everyone nobody everything nothing someone something
    like unlike near inside outside beyond below beneath behind beside besides between
    overall together altogether further anyway anyhow elsewhere everywhere nowhere somewhere
    """
)

# Words that headlines and kickers shout in capitals ("NEW", "WATCH"): no acronyms.
SHOUTED_WORDS = _words(
    """
    new breaking update updated exclusive watch live video photos photo opinion analysis
    editorial review sponsored advertisement alert urgent developing read more
    first look just in
    """
)

# Common given names (English and Spanish), used to tell a person from an unknown phrase.
FIRST_NAMES = _words(
    """
    arthur colleen edna floyd glenn kurt leon leonard lucy marcus maurice melvin otis phil rex
    rodney ron rudy russ sam shane sheila sophia stan stuart ted vernon wade wesley
    aaron abigail adam adrian adriana agustin aidan alan albert alberto alejandra alejandro
    alex alexander alexandra alexis alfonso alfredo ali alice alicia alison allison alma alvaro
    amanda amber amy ana andrea andres andrew andy angel angela angelica angie anita ann anna
    anne annie anthony antonio april arturo ashley audrey austin barbara barry beatriz ben
    benjamin bernard beth betty beverly bill billy blake bob bobby bonnie brad bradley brandon
    brenda brent brian brittany brooke bruce bryan caleb calvin cameron camila carl carla
    carlos carmen carol caroline carolyn carrie catherine cecilia cesar chad charles charlie
    charlotte chelsea cheryl chris christian christina christine christopher cindy claire
    clara claudia colin connor cory courtney craig cristina crystal curtis cynthia daisy dale
    dan dana daniel daniela danielle danny darren dave david dawn dean debbie deborah debra
    delcy denise dennis derek diana diane diego dolores don donald donna doris dorothy doug
    douglas dustin dylan earl eddie edgar edith eduardo edmundo edward edwin eileen elaine
    elena eli elijah elizabeth ella ellen emily emma enrique eric erica erik erin ernesto
    esteban ethan eugene eva evan evelyn felipe fernando frances francis francisco frank
    fred frederick gabriel gabriela gail gary gavin george gerald gilberto gina gloria gonzalo
    grace greg gregory guadalupe guillermo gustavo hannah harold harry heather hector helen
    henry herbert hilda hillary holly howard hugo ian ignacio irene isaac isabel isabella ivan
    jack jackie jacob jacqueline jaime jake james jamie jan jane janet janice jason javier jay
    jean jeff jeffrey jenna jennifer jeremy jerry jesse jessica jesus jill jim jimmy jo joan
    joanne joe joel john johnny jon jonathan jordan jorge jose josefina joseph josh joshua
    joyce juan juana judith judy julia julian julie julio justin karen karl kate katherine
    kathleen kathryn kathy katie kayla keith kelly ken kenneth kevin kim kimberly kristen kyle
    larry laura lauren lawrence leah leonardo leslie leticia lillian linda lisa lois lori
    lorena louis louise lucas lucia luis luisa luke lydia lynn madison manuel marc marcela
    marco marcos margaret maria marian marie marilyn mario marisol mark marsha martha martin
    marvin mary matthew maureen megan melanie melissa michael michele michelle miguel mike
    mildred miranda mitchell molly monica nancy naomi natalia natalie nathan neil nicholas
    nicolas nicole noah noel norma olga oliver olivia oscar pablo pamela patricia patrick paul
    paula pedro peggy peter philip phillip phyllis rachel rafael ralph ramon randy raquel raul
    ray raymond rebecca regina renee ricardo richard rick ricky rita rob robert roberta
    roberto robin rodrigo roger ronald rosa rose ross roy ruben russell ruth ryan sally
    samantha samuel sandra sara sarah scott sean sergio shannon sharon shawn shirley silvia
    sofia sonia stacy stephanie stephen steve steven susan sylvia tammy tanya tara teresa
    terry theresa thomas tiffany tim timothy tina todd tom tommy tony tracy travis tyler
    valentina valerie vanessa vera veronica vicente victor victoria vincent virginia walter
    wayne wendy william willie xavier yolanda yvan yvonne zachary
    """
)
