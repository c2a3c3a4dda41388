package se.hjulet.benchmark.generate;

import java.util.List;

/**
 * The generator's vocabulary and sentence templates, written for this project: what Swedish municipalities
 * work on, per policy area, and how their reports talk about it. Placeholders in braces are filled by
 * {@link Items}: {subject}, {goal}, {lesson}, {result}, {owner}, {partner}, {year}, {role}, {number}, {tool}.
 */
final class Words {

    private Words() {
    }

    /** A policy area (verksamhetsområde) with the subjects items of it are about. */
    record Area(String name, List<String> subjects, List<String> tags) {
    }

    static final List<Area> AREAS = List.of(
            new Area("Digitalisering", List.of("e-tjänster för bygglov", "digital signering av avtal", "automatisering av fakturahantering",
                    "robotiserad processautomation", "öppna data om lediga lokaler", "e-arkiv för kommunens handlingar",
                    "informationssäkerhet i molntjänster", "digital kompetens hos chefer", "en chattbot för medborgarservice",
                    "en gemensam API-plattform", "inloggning med e-legitimation", "digitala möten i nämnderna",
                    "ett kontaktcenter för invånarna", "digitala ansökningar om försörjningsstöd", "ett nytt ärendehanteringssystem"),
                    List.of("e-tjänster", "automatisering", "AI", "e-arkiv", "informationssäkerhet", "öppna data")),
            new Area("Vård och omsorg", List.of("digital tillsyn nattetid", "trygghetslarm med mobilt svar", "välfärdsteknik i hemtjänsten",
                    "planering av hemtjänstens rutter", "läkemedelsrobotar i ordinärt boende", "rehabilitering i hemmet",
                    "kompetenslyft för undersköterskor", "särskilt boende med sensorer", "trygg hemgång från sjukhus",
                    "videosamtal med anhöriga", "fallprevention för äldre", "digitala nyckelskåp"),
                    List.of("välfärdsteknik", "hemtjänst", "äldreomsorg", "trygghet")),
            new Area("Skola och förskola", List.of("digitala läromedel i grundskolan", "skolskjutsplanering", "frånvarouppföljning",
                    "elevhälsa på distans", "lärplattformar för gymnasiet", "studiehandledning på modersmål",
                    "schemaläggning med optimering", "förskolans kösystem", "programmering i undervisningen",
                    "läsfrämjande insatser", "skolmåltider med mindre matsvinn"),
                    List.of("skola", "förskola", "elevhälsa", "lärande")),
            new Area("Socialtjänst", List.of("tidiga insatser för barn och unga", "ekonomiskt bistånd med automatiserade beslut",
                    "våld i nära relationer", "boendestöd inom psykiatrin", "familjehemsrekrytering",
                    "samordnad individuell plan", "missbruksvård i öppenvård", "hemlöshet och bostad först"),
                    List.of("socialtjänst", "barn och unga", "försörjningsstöd")),
            new Area("Samhällsbyggnad", List.of("digitala detaljplaner", "bygglovshandläggning", "3D-modeller av stadskärnan",
                    "geodata och kartor", "snöröjning med ruttoptimering", "underhåll av gator och broar",
                    "bostadsförsörjning på landsbygden", "laddinfrastruktur för elbilar", "gång- och cykelvägar"),
                    List.of("plan och bygg", "geodata", "infrastruktur")),
            new Area("Miljö och klimat", List.of("klimatanpassning av dagvatten", "energieffektivisering av skolor", "solceller på kommunala tak",
                    "cirkulära möbler", "minskat matsvinn i storkök", "elektrifiering av fordonsflottan",
                    "biologisk mångfald i parker", "hållbara inköp", "avfallssortering i flerbostadshus"),
                    List.of("klimat", "miljö", "energi", "cirkulär ekonomi")),
            new Area("Kultur och fritid", List.of("meröppna bibliotek", "digital bokning av idrottshallar", "kulturskola för alla",
                    "föreningsbidrag via e-tjänst", "fritidsgårdar på nätet", "lovaktiviteter för unga"),
                    List.of("bibliotek", "fritid", "kultur")),
            new Area("Näringsliv", List.of("företagslotsar", "snabbare serveringstillstånd", "besöksnäring på landsbygden",
                    "etableringsstöd för nya företag", "upphandling som gynnar små företag"),
                    List.of("näringsliv", "företagsklimat")),
            new Area("Kompetensförsörjning", List.of("rekrytering av sjuksköterskor", "introduktion av nyanställda", "heltid som norm",
                    "chefsförsörjning", "validering av yrkeskunskaper", "arbetsgivarvarumärke"),
                    List.of("kompetensförsörjning", "rekrytering", "arbetsmiljö")),
            new Area("Trygghet och säkerhet", List.of("krisberedskap vid elavbrott", "trygghetsvandringar", "kameraövervakning i centrum",
                    "civilt försvar och reservkraft", "brottsförebyggande samverkan"),
                    List.of("krisberedskap", "trygghet", "civilt försvar")),
            new Area("Kollektivtrafik", List.of("anropsstyrd trafik", "färdtjänst med digital beställning", "pendlarparkeringar",
                    "realtidsinformation vid hållplatser"),
                    List.of("kollektivtrafik", "färdtjänst")),
            new Area("Vatten och avlopp", List.of("läcksökning i vattenledningsnätet", "smarta vattenmätare", "reningsverk i samverkan",
                    "reservvatten vid torka"),
                    List.of("VA", "vatten")));

    static final List<String> GOALS = List.of("minska handläggningstiderna", "öka tillgängligheten för invånarna",
            "frigöra tid för kärnverksamheten", "sänka kostnaderna", "förbättra arbetsmiljön", "stärka informationssäkerheten",
            "nå fler unga", "minska klimatpåverkan", "ge likvärdig service i hela kommunen", "öka tryggheten för äldre",
            "korta väntetiderna", "öka andelen ärenden som avgörs digitalt", "stärka samverkan mellan förvaltningarna");

    static final List<String> LESSONS = List.of("förankring i ledningen är avgörande", "tidig dialog med fackliga företrädare underlättar",
            "det behövs tydliga roller mellan IT och verksamhet", "små steg ger snabbare nytta än stora projekt",
            "samverkan mellan kommunerna sparar både tid och pengar", "användarna måste vara med från början",
            "juridiken behöver redas ut innan upphandlingen", "det tar längre tid än planerat att ändra arbetssätt",
            "en gemensam informationsmodell gör integrationerna enklare", "utbildning av medarbetarna får inte glömmas bort",
            "mätbara mål från start gör uppföljningen möjlig", "en projektledare på heltid gör stor skillnad");

    static final List<String> RESULTS = List.of("handläggningstiden halverades", "antalet e-ärenden ökade med {number} procent",
            "sjukfrånvaron minskade", "invånarna ger tjänsten höga betyg", "kostnaden per ärende sjönk med {number} procent",
            "fler ansökningar kom in kompletta", "personalen upplever mindre stress", "{number} kommuner använder nu lösningen",
            "energianvändningen minskade med {number} procent", "väntetiden kortades med {number} dagar");

    static final List<String> ROLES = List.of("digitaliseringsstrateg", "verksamhetsutvecklare", "enhetschef", "projektledare",
            "IT-arkitekt", "upphandlare", "kommunikatör", "förvaltningschef", "informationssäkerhetssamordnare", "controller");

    static final List<String> TOOLS = List.of("en öppen plattform", "en upphandlad tjänst", "ett eget utvecklat system",
            "en lösning från en annan kommun", "en nationell e-tjänst", "ett verktyg i molnet");

    static final List<String> FIRST_NAMES = List.of("Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Eva", "Mikael", "Sara", "Anders",
            "Elin", "Per", "Lena", "Oskar", "Ida", "Fredrik", "Sofia", "Magnus", "Emma", "Jonas", "Linnea", "Ahmed", "Fatima", "Nils");

    static final List<String> LAST_NAMES = List.of("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
            "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Lindberg", "Lindqvist", "Berg", "Holm", "Sandberg", "Ali");

    static final List<String> TITLE_TEMPLATES = List.of("{Subject} i {owner}", "Införande av {subject}", "Så arbetar {owner} med {subject}",
            "{Subject} – erfarenheter från {owner}", "Förstudie om {subject}", "Gemensam satsning på {subject}",
            "{Subject} för att {goal}", "Pilotprojekt: {subject}", "Från idé till drift: {subject}");

    static final List<String> NEED_TITLE_TEMPLATES = List.of("Upphandling av {subject}", "Samordnad upphandling: {subject}",
            "Behov av {subject} i {owner}", "{Subject} – vi söker fler kommuner att upphandla med", "Ramavtal för {subject}");

    static final List<String> LEADS = List.of("{owner} har infört {subject} för att {goal}.",
            "Här beskriver {owner} hur arbetet med {subject} gick till och vad det gav.",
            "Ett arbete med {subject} som tillsammans med {partner} ska {goal}.",
            "{owner} vill {goal} och satsar därför på {subject}.");

    static final List<String> SENTENCES = List.of(
            "{owner} har under {year} arbetat med {subject} för att {goal}.",
            "Arbetet leddes av en {role} tillsammans med en {role} från {partner}.",
            "En viktig lärdom var att {lesson}.",
            "Resultatet blev att {result}.",
            "Vi valde {tool} eftersom den redan fanns i flera kommuner i länet.",
            "Under förstudien intervjuades {number} medarbetare om hur de arbetar i dag.",
            "Kostnaden beräknades till {number} tusen kronor per år, vilket finansierades inom befintlig budget.",
            "Samarbetet med {partner} gjorde att vi kunde dela på både kompetens och kostnader.",
            "Det visade sig att {lesson}, något vi tar med oss till nästa projekt.",
            "Målet är att {goal} utan att tumma på rättssäkerheten.",
            "Invånarna fick tycka till i en enkät som besvarades av {number} personer.",
            "Efter ett halvår kunde vi se att {result}.",
            "Arbetet följde kommunens modell för verksamhetsutveckling med stöd av en {role}.",
            "Nästa steg är att sprida {subject} till fler förvaltningar.",
            "Vi rekommenderar andra kommuner att börja med en tydlig nulägesanalys.",
            "Både personal och brukare deltog i utformningen av {subject}.",
            "En riskanalys gjordes tillsammans med en {role} innan införandet.",
            "Upphandlingen genomfördes som en förnyad konkurrensutsättning på ett befintligt ramavtal.");

    static final List<String> CONCLUSIONS = List.of("Börja smått och skala upp när nyttan är visad.",
            "Involvera dem som ska använda lösningen från första dagen.", "Samverka med grannkommunerna om upphandlingen.",
            "Avsätt tid för utbildning och uppföljning.", "Se till att ledningen står bakom förändringen.",
            "Dokumentera beslut och lärdomar löpande.", "Mät nyttan före och efter införandet.");

    static final List<String> HEADINGS = List.of("Bakgrund", "Syfte och mål", "Genomförande", "Resultat", "Lärdomar",
            "Ekonomi", "Organisation", "Risker", "Fortsatt arbete", "Sammanfattning", "Bilaga");

    static final List<String> DOCUMENT_NAMES = List.of("Slutrapport", "Projektplan", "Förstudie", "Presentation", "Protokoll",
            "Kravspecifikation", "Utvärdering", "Handlingsplan", "Lägesrapport", "Nyttoanalys", "Upphandlingsunderlag");

    /** CPV divisions (the first level of the EU vocabulary), IT and services most often. */
    static final List<String> CPV_DIVISIONS = List.of("48000000", "72000000", "30000000", "32000000", "79000000", "90000000",
            "48000000", "72000000", "45000000", "33000000", "34000000", "60000000", "85000000", "80000000", "55000000",
            "50000000", "71000000", "09000000", "15000000", "39000000", "64000000", "66000000");

    static final List<String> FUNDS = List.of("Europeiska regionala utvecklingsfonden", "Vinnova", "Europeiska socialfonden",
            "Länsstyrelsen", "Tillväxtverket");
}
