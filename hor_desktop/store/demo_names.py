"""The catalogue behind the demo data: names in several scripts, addresses, equipment."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Culture:
    language: str
    weight: int
    latin: bool
    bases: tuple[str, ...]
    districts: tuple[str, ...]
    first: tuple[str, ...]
    last: tuple[str, ...]


DISTRICTS_LATIN = (
    "Köln-Ehrenfeld", "Köln-Kalk", "Köln-Mülheim", "Köln-Nippes", "Köln-Porz", "Chorweiler",
    "Lindenthal", "Rodenkirchen", "Deutz", "Sülz", "Höhenberg", "Vingst", "Bickendorf",
    "Bocklemünd", "Zollstock", "Buchforst",
)  # fmt: skip
DISTRICTS_CYRILLIC = ("Калк", "Мюльхайм", "Эренфельд", "Ниппес", "Порц", "Хорвайлер", "Дойц")
DISTRICTS_ARABIC = ("كالك", "مولهايم", "إيرنفلد", "نيبس", "بورتس", "خورفايلر", "دويتس")
ROMAN = ("II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")

CULTURES = (
    Culture("de", 22, True, (
        "Förderverein Ümraniye", "Deutsch-Türkischer Kulturverein", "Elternnetzwerk",
        "Bildungsbrücke", "Nachbarschaftshilfe", "Frauentreff Vielfalt", "Jugendwerkstatt",
        "Interkultureller Garten", "Chor der Kulturen", "Kurdisches Kulturzentrum",
        "Begegnungscafé", "Sprachpaten", "Eritreische Gemeinde", "Afghanischer Frauenverein",
        "Ältere Migrantinnen aktiv",
    ), DISTRICTS_LATIN,
        ("Jürgen", "Anna", "Björn", "Jörg", "Katharina", "Sören", "Ute", "Lena", "Grete"),
        ("Müller", "Schröder", "Weiß", "Bäcker", "Hoffmann", "Köhler", "Schäfer", "Groß")),
    Culture("tr", 14, True, (
        "Türk Kadınlar Birliği", "Güneş Dayanışma Derneği", "Kültür ve Eğitim Derneği Şafak",
        "Anadolu Gençlik Birliği", "Türk Veliler Derneği", "Ağaçlı Dostluk Derneği",
    ), DISTRICTS_LATIN,
        ("Ayşe", "Mehmet", "Gülşen", "Çağrı", "Şükrü", "Özlem", "Hüseyin", "Ebru", "İlknur"),
        ("Yılmaz", "Öztürk", "Doğan", "Şahin", "Çelik", "Aydın", "Kılıç", "Güler", "Yıldız")),
    Culture("pl", 10, True, (
        "Stowarzyszenie Polonia", "Związek Polaków", "Polska Szkoła Sobotnia",
        "Klub Seniora Łączność", "Fundacja Wspólnota Śląska",
    ), DISTRICTS_LATIN,
        ("Małgorzata", "Łukasz", "Agnieszka", "Paweł", "Zofia", "Michał", "Wojciech"),
        ("Kowalczyk", "Wiśniewska", "Łukasiewicz", "Zieliński", "Wróbel", "Dąbrowska")),
    Culture("ro", 8, True, (
        "Asociația Românilor", "Comunitatea Română Ștefan cel Mare", "Centrul Cultural Dacia",
        "Asociația Mămicilor Românce", "Grupul Folcloric Hora",
    ), DISTRICTS_LATIN,
        ("Ioana", "Ștefan", "Mihaela", "Andrei", "Raluca", "Bogdan", "Tudor"),
        ("Popescu", "Dumitrescu", "Stănescu", "Ionescu", "Munteanu", "Rădulescu", "Țurcanu")),
    Culture("uk", 9, False, (
        "Союз украинцев Кёльна", "Русскоязычная община", "Общество болгарской культуры",
        "Украинская субботняя школа", "Клуб «Берёзка»",
    ), DISTRICTS_CYRILLIC,
        ("Олена", "Андрій", "Наталія", "Олександр", "Ірина", "Дмитро", "Світлана"),
        ("Коваленко", "Шевченко", "Бондаренко", "Ткаченко", "Кравчук", "Мельник")),
    Culture("ar", 10, False, (
        "جمعية الجالية السورية", "البيت العربي", "جمعية المرأة العربية", "نادي الشباب العراقي",
        "مركز الثقافة المغربية", "انجمن ایرانیان کلن",
    ), DISTRICTS_ARABIC,
        ("محمد", "فاطمة", "أحمد", "ليلى", "يوسف", "مريم", "خالد", "نور"),
        ("الأحمد", "حسن", "العلي", "إبراهيم", "السيد", "الخطيب", "منصور", "حداد")),
    Culture("fr", 8, True, (
        "Association des Camerounais", "Union des Sénégalais", "Collectif Femmes d'Afrique",
        "Amicale Congolaise", "Association Guinéenne Solidarité",
    ), DISTRICTS_LATIN,
        ("Amadou", "Fatou", "Aïssatou", "Mamadou", "Chantal", "Désiré", "Kouamé"),
        ("Diallo", "Ndiaye", "Traoré", "Kaboré", "Sène", "Ouédraogo", "Mbarga")),
    Culture("en", 8, True, (
        "Ghana Union", "Nigerian Community", "African Youth Network", "Kenyan Diaspora Forum",
        "Tamil Cultural Association",
    ), DISTRICTS_LATIN,
        ("Kwame", "Abena", "Chinedu", "Ngozi", "Yohannes", "Selam", "Wanjiru", "Kofi"),
        ("Mensah", "Okafor", "Tesfaye", "Asante", "Okonkwo", "Boateng", "Haile")),
    Culture("vi", 4, True, (
        "Hội người Việt", "Hội Phụ nữ Việt Nam", "Đoàn Thanh niên Việt",
    ), DISTRICTS_LATIN,
        ("Nguyễn Thị", "Trần Văn", "Lê Thị", "Phạm Văn", "Hoàng Thị"),
        ("Hương", "Minh", "Lan", "Dũng", "Thảo")),
)  # fmt: skip

LEGAL_FORMS = ("e.V.", "gGmbH", "Initiative", "GbR")
STREETS = (
    "Venloer Straße", "Keupstraße", "Kalker Hauptstraße", "Berliner Straße", "Neusser Straße",
    "Aachener Straße", "Zülpicher Straße", "Frankfurter Straße", "Bonner Straße",
    "Severinstraße", "Subbelrather Straße", "Dürener Straße", "Höninger Weg", "Wiener Platz",
)  # fmt: skip
POSTCODES = (
    "50667", "50670", "50672", "50674", "50676", "50733", "50735", "50739", "50765", "50823",
    "50825", "50827", "50931", "50933", "50937", "50939", "50968", "50969", "51063", "51065",
    "51067", "51103", "51105", "51107", "51143", "51145", "51147", "51149",
)  # fmt: skip
BLOCK_REASONS = (
    "Beamer beschädigt zurückgegeben, Klärung offen",
    "Mehrfach Geräte deutlich zu spät zurückgegeben",
    "Raumbuchungen wiederholt nicht wahrgenommen",
)
CONTACT_ROLES = ("Vorsitz", "Kasse", "Schriftführung", "Projektleitung", "Mitglied", "Ehrenamt")
STAFF_FIRST = ("Sabine", "Ahmet", "Claudia", "Ioana", "Thomas", "Aylin", "Kofi", "Marta")
STAFF_LAST = ("Krämer", "Yıldırım", "Neumann", "Popa", "Becker", "Demir", "Owusu", "Nowak")
PURPOSES = (
    "Sommerfest im Stadtgarten", "Mitgliederversammlung", "Workshop Bewerbungstraining",
    "Kulturabend", "Elterncafé", "Filmabend", "Fotoprojekt", "Vereinsjubiläum",
    "Infoveranstaltung Aufenthaltsrecht", "Tag der offenen Tür", None,
)  # fmt: skip
CANCEL_REASONS = ("Veranstaltung abgesagt", "Termin verschoben", "Gerät nicht mehr benötigt")
MAINTENANCE = ("Lampe tauschen", "Display defekt", "Akku hält nicht", "Wackelkontakt")
ROOM_TITLES = (
    "Vorstandssitzung", "Deutschkurs", "Beratung", "Mitgliederversammlung", "Workshop",
    "Probe Tanzgruppe", "Hausaufgabenhilfe", "Frauenfrühstück", "Nähkurs", "Theaterprobe",
)  # fmt: skip
ROOMS: tuple[tuple[str, int, tuple[str, ...]], ...] = (
    ("Saal", 60, ("Beamer", "Leinwand", "Lautsprecher", "Küche")),
    ("Seminarraum 1", 20, ("Beamer", "Whiteboard", "Flipchart")),
    ("Besprechungsraum", 8, ("Bildschirm", "Whiteboard")),
    ("Seminarraum 2", 16, ("Flipchart", "Pinnwand")),
    ("Werkstatt", 12, ("Werkbank", "Waschbecken")),
)
DESK_FEATURES = ["Monitor", "Dockingstation", "Fensterplatz", "Steharbeitsplatz"]


@dataclass(frozen=True)
class CategorySpec:
    name: str
    loan_days: int
    deposit_cents: int
    checklist: tuple[str, ...]
    weight: int
    models: tuple[str, ...]


CATEGORIES = (
    CategorySpec("Beamer/Projektor", 7, 5_000, ("Netzkabel", "HDMI-Kabel", "Fernbedienung",
                  "Tasche"), 12, ("Epson EB-W49", "BenQ MW560", "Acer X1128H")),
    CategorySpec("Leinwand", 7, 2_000, ("Stativ", "Tasche"), 6, ("Celexon 180", "Reflecta 200")),
    CategorySpec("Pinnwand", 14, 0, ("Füße", "Pinnnadeln"), 8, ("Legamaster", "Neuland")),
    CategorySpec("Flipchart", 14, 0, ("Papierblock", "Marker"), 6, ("Franken Pro", "Nobo")),
    CategorySpec("Laptop", 7, 10_000, ("Netzteil", "Maus", "Tasche"), 14,
                  ("Lenovo ThinkPad E14", "Dell Latitude 5420", "HP ProBook 450")),
    CategorySpec("Lautsprecher", 7, 5_000, ("Netzkabel", "Audiokabel"), 10,
                  ("JBL EON 710", "LD Systems Dave 8", "Bose S1 Pro")),
    CategorySpec("Mikrofon", 7, 3_000, ("Kabel", "Windschutz", "Batterien"), 10,
                  ("Shure SM58", "Sennheiser XSW 1")),
    CategorySpec("Kamera", 7, 10_000, ("Akku", "Ladegerät", "Speicherkarte", "Tasche"), 5,
                  ("Canon EOS 250D", "Sony ZV-E10")),
    CategorySpec("Stativ", 7, 1_000, ("Schnellwechselplatte",), 4, ("Manfrotto 190",)),
    CategorySpec("Moderationskoffer", 14, 2_000, ("Karten", "Marker", "Pinnnadeln"), 6,
                  ("Neuland Koffer",)),
    CategorySpec("Tablet", 7, 5_000, ("Ladekabel", "Hülle"), 6, ("iPad 10", "Galaxy Tab A9")),
    CategorySpec("Dolmetschanlage", 3, 20_000, ("Sender", "Empfänger", "Kopfhörer"), 3,
                  ("Williams Digi-Wave",)),
    CategorySpec("Pavillon", 3, 5_000, ("Gewichte", "Seitenwände", "Tasche"), 4,
                  ("Faltpavillon 3x3",)),
    CategorySpec("Verlängerungskabel", 14, 0, (), 6, ("Kabeltrommel 25 m", "Steckerleiste")),
)  # fmt: skip
