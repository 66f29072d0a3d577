#include "demotables_p.h"

#include <cstring>
#include <map>
#include <string>

namespace brug::demo {

// Names are fictional; they are common names of each community, written as Dutch families
// write them, some also in Arabic script. Neighbourhoods and streets are Utrecht's; house
// numbers and phone numbers are made up in the generator.
const std::vector<FamilySpec> &families()
{
    static const std::vector<FamilySpec> list = {
        // Moroccan: Arabic and Berber (Tamazight) speaking
        {"elamrani", "Familie El Amrani (Khadija en Mohamed) · عائلة العمراني", "MA", {"ar", "nl"}, "ar",
         "Kanaleneiland", {{2011, "m"}, {2014, "f"}, {2018, "m"}}, "amal", true, {"rf03", "rf07", "rf09"}},
        {"azzouzi", "Familie Azzouzi (Fadma en Mimoun) · عائلة العزوزي", "MA", {"ber", "ar", "nl"}, "ber",
         "Overvecht", {{2009, "m"}, {2012, "m"}, {2015, "f"}, {2019, "f"}}, "amal", true,
         {"rf02", "rf04", "rf09", "rf10"}},
        {"tahiri", "Familie Tahiri (Naima)", "MA", {"ar", "nl"}, "nl", "Lombok", {{2013, "f"}, {2016, "m"}},
         "amal", false, {}},
        {"ziani", "Familie Ziani (Samira en Hassan) · عائلة الزياني", "MA", {"ar", "ber", "nl"}, "ar", "Ondiep",
         {{2010, "m"}, {2013, "m"}, {2017, "f"}}, "amal", true, {"rf03", "rf07", "rf16"}},
        {"elkhattabi", "Familie El Khattabi (Itto en Mohand)", "MA", {"ber", "nl"}, "ber", "Zuilen",
         {{2008, "m"}, {2011, "f"}, {2014, "m"}, {2016, "f"}, {2021, "m"}}, "amal", true, {}},
        {"moussaoui", "Familie Moussaoui (Latifa) · عائلة الموساوي", "MA", {"ar", "nl"}, "ar", "Kanaleneiland",
         {{2015, "m"}, {2020, "f"}}, "amal", false, {}},
        {"haddaoui", "Familie Haddaoui (Yamna en Driss)", "MA", {"ber", "ar"}, "ber", "Overvecht",
         {{2012, "f"}, {2014, "m"}, {2022, "m"}}, "amal", true, {}},
        {"boukhari", "Familie Boukhari (Souad en Rachid) · عائلة البخاري", "MA", {"ar", "nl"}, "nl", "Hoograven",
         {{2009, "f"}, {2013, "m"}}, "amal", true, {}},
        {"ouali", "Familie Ouali (Hafida)", "MA", {"ber", "nl"}, "ber", "Transwijk",
         {{2017, "m"}, {2019, "m"}, {2023, "f"}}, "amal", false, {}},
        {"lamrini", "Familie Lamrini (Malika en Abdelkader)", "MA", {"ar", "nl"}, "ar", "Kanaleneiland",
         {{2010, "f"}, {2012, "f"}, {2016, "m"}}, "amal", true, {}},
        {"akkouh", "Familie Akkouh (Zineb)", "MA", {"ar", "ber", "nl"}, "ar", "Lombok", {{2014, "m"}, {2018, "f"}},
         "amal", false, {}},
        // Turkish (one Kurdish-speaking)
        {"yildiz", "Familie Yıldız (Emine en Mehmet)", "TR", {"tr", "nl"}, "tr", "Ondiep", {{2011, "m"}, {2014, "f"}},
         "amal", true, {"rf07", "rf09", "rf13"}},
        {"ozturk", "Familie Öztürk (Hatice en Hüseyin)", "TR", {"tr", "nl"}, "tr", "Zuilen",
         {{2009, "m"}, {2013, "f"}, {2018, "m"}}, "amal", true, {"rf07", "rf08", "rf10"}},
        {"celik", "Familie Çelik (Gülsüm)", "TR", {"tr", "ku", "nl"}, "tr", "Overvecht", {{2016, "f"}, {2019, "m"}},
         "amal", false, {"rf01", "rf09", "rf13"}},
        {"sahin", "Familie Şahin (Fadime en Ömer)", "TR", {"tr", "nl"}, "nl", "Lombok",
         {{2012, "m"}, {2015, "m"}, {2020, "f"}}, "amal", true, {}},
        {"dogan", "Familie Doğan (Sevgi en İbrahim)", "TR", {"tr", "nl"}, "tr", "Kanaleneiland",
         {{2014, "f"}, {2017, "f"}, {2024, "m"}}, "amal", true, {"rf01", "rf03", "rf09"}},
        {"kilic", "Familie Kılıç (Songül)", "TR", {"tr", "nl"}, "tr", "Hoograven", {{2010, "m"}, {2013, "m"}}, "amal",
         false, {}},
        {"gunes", "Familie Güneş (Büşra en Yusuf)", "TR", {"tr", "nl"}, "nl", "Transwijk", {{2019, "f"}, {2022, "m"}},
         "amal", true, {}},
        // Ghanaian: Twi (Akan) day names
        {"owusu", "Familie Owusu (Akosua en Yaw)", "GH", {"ak", "en", "nl"}, "ak", "Overvecht",
         {{2012, "m"}, {2015, "f"}, {2018, "m"}}, "kwame", true, {"rf01", "rf03", "rf07"}},
        {"boateng", "Familie Boateng (Ama en Kofi)", "GH", {"ak", "en"}, "ak", "Kanaleneiland",
         {{2010, "f"}, {2014, "m"}}, "kwame", true, {"rf01", "rf03", "rf10"}},
        {"asante", "Familie Asante (Abena)", "GH", {"ak", "en", "nl"}, "en", "Zuilen",
         {{2013, "f"}, {2016, "m"}, {2021, "f"}}, "kwame", false, {}},
        {"osei", "Familie Osei (Akua en Kwabena)", "GH", {"ak", "en"}, "ak", "Overvecht", {{2017, "m"}, {2020, "f"}},
         "kwame", true, {}},
        {"agyeman", "Familie Agyeman (Esi en Kwaku)", "GH", {"ak", "en", "nl"}, "ak", "Hoograven",
         {{2009, "m"}, {2011, "m"}, {2015, "f"}}, "kwame", true, {"rf01", "rf07", "rf10"}},
        {"appiah", "Familie Appiah (Afua)", "GH", {"ak", "en"}, "en", "Ondiep", {{2018, "f"}, {2023, "m"}}, "kwame",
         false, {}},
        {"adjei", "Familie Adjei (Adwoa en Kwasi)", "GH", {"ak", "en", "nl"}, "ak", "Transwijk",
         {{2011, "f"}, {2014, "f"}, {2016, "m"}, {2019, "m"}}, "kwame", true, {}},
        // Syrian (one Kurdish-speaking)
        {"alhassan", "Familie Al-Hassan (Rasha en Ahmad) · عائلة الحسن", "SY", {"ar", "en"}, "ar", "Overvecht",
         {{2013, "m"}, {2016, "f"}, {2020, "m"}}, "amal", true, {}},
        {"khalil", "Familie Khalil (Lina) · عائلة خليل", "SY", {"ar"}, "ar", "Kanaleneiland", {{2012, "f"}, {2015, "m"}},
         "amal", false, {"rf02", "rf09", "rf10", "rf13"}},
        {"darwish", "Familie Darwish (Hevin en Jiwan)", "SY", {"ku", "ar"}, "ku", "Zuilen",
         {{2014, "m"}, {2017, "f"}, {2021, "f"}}, "amal", true, {}},
        {"haddad", "Familie Haddad (Rima en Samer) · عائلة حداد", "SY", {"ar", "en", "nl"}, "ar", "Lombok",
         {{2010, "f"}, {2012, "m"}}, "amal", true, {"rf07", "rf13", "rf14"}},
        // Eritrean
        {"tesfay", "Familie Tesfay (Selam)", "ER", {"ti", "en"}, "ti", "Overvecht", {{2016, "f"}, {2019, "m"}}, "kwame",
         false, {}},
        {"gebremedhin", "Familie Gebremedhin (Mebrat en Yonas)", "ER", {"ti", "ar"}, "ti", "Kanaleneiland",
         {{2011, "m"}, {2014, "m"}, {2018, "f"}}, "amal", true, {}},
        {"kidane", "Familie Kidane (Helen en Dawit)", "ER", {"ti", "en", "nl"}, "ti", "Hoograven",
         {{2020, "f"}, {2023, "f"}}, "kwame", true, {}},
        // Somali
        {"warsame", "Familie Warsame (Hodan en Abdirahman)", "SO", {"so", "nl"}, "so", "Overvecht",
         {{2010, "m"}, {2012, "f"}, {2015, "m"}, {2019, "f"}}, "amal", true, {"rf02", "rf04", "rf09", "rf13", "rf17"}},
        {"abdi", "Familie Abdi (Faadumo)", "SO", {"so", "en", "nl"}, "so", "Kanaleneiland", {{2013, "m"}, {2017, "f"}},
         "kwame", false, {}},
        // Surinamese
        {"pinas", "Familie Pinas (Marlies en Ronald)", "SR", {"nl", "srn"}, "nl", "Zuilen", {{2008, "m"}, {2012, "f"}},
         "kwame", true, {}},
        {"ramdin", "Familie Ramdin (Sharmila)", "SR", {"nl", "srn"}, "nl", "Hoograven", {{2015, "m"}, {2018, "m"}},
         "kwame", false, {}},
    };
    return list;
}

const std::vector<NeighbourhoodSpec> &neighbourhoods()
{
    static const std::vector<NeighbourhoodSpec> list = {
        {"Kanaleneiland", "3526", {"Marshalllaan", "Churchilllaan", "Trumanlaan", "Bernadottelaan", "Aziëlaan"}},
        {"Transwijk", "3527", {"Van Eysingalaan", "Struyckenlaan", "Louterlaan", "Asserlaan"}},
        {"Overvecht", "3562", {"Gangesdreef", "Tigrisdreef", "Wolgadreef", "Nijldreef", "Zamenhofdreef"}},
        {"Lombok", "3531", {"Javastraat", "Sumatrastraat", "Bankastraat", "Damstraat"}},
        {"Zuilen", "3554", {"Marnixlaan", "Burgemeester Norbruislaan", "Amsterdamsestraatweg"}},
        {"Ondiep", "3552", {"Kaatstraat", "Boogstraat", "Schaakstraat", "Ondiep-Zuidzijde"}},
        {"Hoograven", "3524", {"Duurstedelaan", "Van Bijnkershoeklaan", "Hooft Graaflandstraat"}},
    };
    return list;
}

const std::vector<MeetingSpec> &meetings()
{
    // In date order, oldest first; Ayşe runs them, mostly in Turkish or Dutch.
    static const std::vector<MeetingSpec> list = {
        {"mosque", "Moskee Selimiye, vrouwenzaal", "Zuilen", "parenting", "Opvoeden in twee culturen", "tr",
         "Hoe houd je contact met je puber als hij thuis alleen nog Nederlands praat? Mag je je kind in "
         "Nederland straffen, en hoe dan? Twee moeders vroegen wat het CJG precies doet en of je daar "
         "zomaar naartoe mag.",
         {"youth_services", "adolescence"}, false, true, 12, 24, 3},
        {"school", "Basisschool De Zonnewijzer, ouderkamer", "Kanaleneiland", "school",
         "Het schooladvies in groep 8", "nl",
         "Veel vragen over het schooladvies: wat is het verschil tussen vmbo en havo, en kun je nog "
         "bezwaar maken? Moeders willen weten hoe ze met de leerkracht praten als hun Nederlands niet "
         "goed genoeg is.",
         {"school", "language"}, false, false, 8, 18, 2},
        {"community_centre", "Buurtcentrum De Leeuw", "Overvecht", "youth_services",
         "Voorlichting door het CJG: wat doen ze wel en niet?", "tr",
         "Sanne van het CJG vertelde over opvoedondersteuning; Ayşe vertaalde. De grote vraag was: "
         "'Nemen ze je kinderen af?' Sanne legde uit dat het CJG vrijwillig is en dat ouders zelf "
         "beslissen. Na afloop wilden drie moeders een folder in het Turks.",
         {"youth_services", "parenting"}, true, false, 15, 30, 4},
        {"mosque", "Moskee Al-Houda, vrouwenruimte", "Kanaleneiland", "health", "Gezond eten en goed slapen",
         "nl",
         "Kinderen gaan laat naar bed door de telefoon. Vragen over suiker, snoep en de tandarts. Een "
         "moeder vroeg waar ze terechtkan met een kind van drie dat nog bijna niet praat.",
         {"media_use", "development"}, false, false, 10, 22, 2},
        {"community_centre", "Wijkcentrum Lombok", "Lombok", "peace_at_home", "Hoe breng je rust in huis?", "tr",
         "Moeders praatten open over spanningen thuis, vooral als er geldzorgen zijn of als vader "
         "weinig thuis is. Een paar vrouwen bleven na afloop om nog even apart te praten. Wens: een "
         "vervolgbijeenkomst met iemand van het CJG erbij.",
         {"peace_at_home", "money"}, false, true, 9, 16, 2},
        {"library", "Bibliotheek Zuilen", "Zuilen", "adolescence", "Pubers, vrienden en de straat", "nl",
         "Zorgen over jongens die 's avonds laat buiten zijn en over vrienden die ouders niet kennen. "
         "Moeders weten niet goed wat hun kinderen online doen. Vraag om een avond speciaal voor vaders.",
         {"adolescence", "media_use"}, false, false, 7, 15, 1},
        {"mosque", "Moskee Selimiye, vrouwenzaal", "Zuilen", "loneliness", "Alleen in een nieuw land", "tr",
         "Nieuwe moeders uit Turkije missen hun familie en kennen nog weinig mensen. Vraag naar "
         "taallessen met kinderopvang erbij. Afgesproken dat de vaste bezoekers de nieuwe vrouwen "
         "een keer meenemen naar de markt.",
         {"loneliness", "language"}, false, false, 8, 14, 6},
        {"school", "Brede school Hoograven, ouderkamer", "Hoograven", "development",
         "Taal bij jonge kinderen, met de jeugdverpleegkundige van het CJG", "nl",
         "Is het erg als mijn kind thuis alleen Turks of Arabisch praat? Nadia van het CJG legde uit "
         "dat de moedertaal juist helpt bij het leren van Nederlands. Veel vragen over het "
         "consultatiebureau en de vaccinaties.",
         {"development", "health"}, true, false, 12, 26, 3},
        {"community_centre", "Buurtcentrum De Leeuw", "Overvecht", "money", "Rondkomen met een gezin", "tr",
         "Vragen over toeslagen, schoolkosten en de schoolreis. Twee moeders wisten niet van het "
         "Jeugdfonds Sport en Cultuur. Een moeder durfde niet te vragen om uitstel van betaling.",
         {"money", "school"}, false, false, 10, 20, 2},
        {"library", "Bibliotheek Overvecht", "Overvecht", "media_use", "Kinderen en schermen", "nl",
         "Hoeveel schermtijd is normaal? Moeders wisselden tips uit over afspraken thuis. Vraag of de "
         "bibliotheek ook Turkse en Arabische prentenboeken heeft: ja, en je mag ze gratis lenen.",
         {"media_use", "parenting"}, false, false, 6, 12, 1},
        {"community_centre", "Wijkcentrum Ondiep", "Ondiep", "family_changes", "Als ouders uit elkaar gaan", "nl",
         "Moeilijk onderwerp; in de groep durfden weinig vrouwen iets te zeggen. Na afloop wel vragen "
         "onder vier ogen. Iemand van het CJG legde uit welke hulp er is voor kinderen als ouders uit "
         "elkaar gaan, en dat het gesprek vertrouwelijk blijft.",
         {"family_changes", "peace_at_home"}, true, false, 6, 11, 1},
        {"mosque", "Moskee Selimiye, vrouwenzaal", "Zuilen", "youth_services", "Wat doet het CJG voor ons?", "tr",
         "De moeders willen graag dat iemand van het CJG een keer hier komt vertellen, liefst met een "
         "Turkssprekende collega. Vragen: moet je betalen, komt het in een dossier, mag je een "
         "vriendin meenemen naar een gesprek?",
         {"youth_services"}, false, true, 14, 28, 3},
    };
    return list;
}

namespace {
using Phrases = std::vector<Phrase>;

const std::map<std::string, Phrases> &riskTable()
{
    static const std::map<std::string, Phrases> table = {
        {"rf01",
         {{"Moeder kende het CJG niet. Uitgelegd wat ze daar doen, dat het gratis is en dat je er zonder "
           "verwijzing terechtkunt."},
          {"Het gezin dacht dat het CJG alleen het consultatiebureau voor baby's is. Verteld dat je er ook "
           "met vragen over oudere kinderen terechtkunt."},
          {"Ouders hadden nog nooit van opvoedondersteuning gehoord. Folder in eigen taal achtergelaten.", Phrase::Household},
          {"Moeder wist niet waar ze met haar vragen over haar {oudste} naartoe kon. Samen de mogelijkheden op "
           "een rij gezet."}}},
        {"rf02",
         {{"Moeder staat er veel alleen voor; haar familie woont in het land van herkomst. Ze vond het fijn om "
           "haar verhaal te kunnen doen."},
          {"Weinig mensen in de buurt om op terug te vallen. Moeder uitgenodigd voor de moedergroep in het "
           "buurtcentrum."},
          {"Sinds de verhuizing naar Utrecht mist moeder haar zussen. Samen gekeken wie in de buurt kan helpen "
           "met halen en brengen."}}},
        {"rf03",
         {{"Ouders zien de stille buien van hun {oudste} vooral als iets van de leeftijd. Rustig besproken wat "
           "het kind misschien nodig heeft.", Phrase::Household},
          {"Moeder denkt dat het vanzelf wel overgaat. Samen teruggekeken naar wat er de laatste maanden is "
           "veranderd."},
          {"Vader zegt dat het probleem bij school ligt, niet thuis. Ik heb geluisterd en gevraagd wat hij zelf "
           "ziet als zijn kind thuiskomt.", Phrase::AtVisit},
          {"Moeder begint te zien dat de zorgen over haar {oudste} groter zijn dan ze eerst dacht."}}},
        {"rf04",
         {{"Moeder wil wel hulp, maar weet niet hoe ze moet beginnen. Samen een lijstje gemaakt met wat ze wil "
           "vragen."},
          {"Brieven van school en gemeente lagen nog ongeopend. Samen doorgenomen; het belangrijkste telefoontje "
           "hebben we samen gedaan."},
          {"Moeder durft zelf nog geen afspraak te maken. Afgesproken dat ik de eerste keer meebel."}}},
        {"rf05",
         {{"Het CJG is voor moeder lastig te bereiken zonder fiets of ov-kaart. Gevraagd of een eerste gesprek "
           "thuis kan."},
          {"Moeder heeft kleine kinderen en geen vervoer; een afspraak aan de andere kant van de stad lukt haar "
           "niet."}}},
        {"rf06",
         {{"Moeder denkt dat het CJG 'niet voor mensen zoals wij' is. Verteld dat daar ook medewerkers werken "
           "met een migratieachtergrond."},
          {"Het gebouw en de folders voelen voor de ouders erg Nederlands. Aangeboden om een keer samen te gaan "
           "kijken.", Phrase::Household}}},
        {"rf07",
         {{"Vader is bang dat jeugdzorg de kinderen meeneemt als ze om hulp vragen. Uitgelegd wat het CJG wel en "
           "niet doet; hij luisterde, maar twijfelt nog.", Phrase::AtVisit},
          {"In de buurt gaan verhalen rond over kinderen die uit huis zijn gehaald. Moeder wil eerst zelf iemand "
           "van het CJG ontmoeten voordat ze iets vertelt."},
          {"Het wantrouwen wordt minder: moeder vroeg zelf wat er bij een eerste gesprek gebeurt en wie er "
           "allemaal bij zijn."},
          {"Moeder is voorzichtig met wat ze deelt met instanties. Uitgelegd dat zij zelf beslist wat er wordt "
           "doorgegeven."}}},
        {"rf08",
         {{"Eerdere ervaring met hulpverlening was niet goed: de ouders voelden zich niet gehoord. Er werd over "
           "hen gepraat in plaats van met hen.", Phrase::Household},
          {"Moeder had vroeger een gesprek op school waar ze zich klein voelde. Dat wil ze niet nog een keer."}}},
        {"rf09",
         {{"Moeder durft niet alleen te bellen omdat ze bang is dat ze niet begrepen wordt. Aangeboden om mee te "
           "gaan en te tolken."},
          {"Het gesprek ging in het {taal}; moeder kon veel meer vertellen dan op school lukt."},
          {"Vader spreekt redelijk Nederlands, moeder niet. Ze wil bij een gesprek iemand naast zich die haar "
           "taal spreekt.", Phrase::AtVisit},
          {"Moeder vroeg of er bij het CJG een tolk kan zijn. Uitgelegd dat dat kan, en dat ik ook mee kan "
           "gaan."}}},
        {"rf10",
         {{"Er wordt thuis niet makkelijk over zorgen gepraat; 'wat zullen de mensen zeggen'. Rustig de tijd "
           "genomen, zonder aan te dringen."},
          {"Moeder vertelde pas aan het eind dat er thuis spanningen zijn. Besproken hoe er meer rust in huis "
           "kan komen en wie daarbij kan helpen.", Phrase::Household},
          {"Moeder schaamt zich om hulp te vragen. Verteld dat veel ouders in de buurt met dezelfde vragen "
           "zitten."}}},
        {"rf11",
         {{"Moeder had bij de huisarts het gevoel dat er maar tien minuten waren en ze niet alles kon "
           "vertellen."}}},
        {"rf12",
         {{"Moeder zou liever hulp dichtbij hebben, in het buurtcentrum of op de school van de kinderen."},
          {"Het gezin komt wel op school en in de buurt, maar nooit bij een hulpverlener. Gevraagd of het CJG "
           "spreekuur kan houden in het buurtcentrum."}}},
        {"rf13",
         {{"Ouders vragen of er bij het CJG iemand werkt die hun achtergrond begrijpt. Dat neem ik mee naar het "
           "overleg met het CJG.", Phrase::Household},
          {"Moeder zegt dat ze bij instanties nooit iemand ziet 'die op haar lijkt'. Verteld over de collega's "
           "van het CJG die ook Arabisch of Turks spreken."},
          {"Moeder wil het liefst praten met een vrouw die haar cultuur kent. Bij onze vaste contactpersoon "
           "nagevraagd of dat kan."}}},
        {"rf14",
         {{"Het advies van school (een beloningskaart) past niet bij hoe het gezin werkt. Samen gezocht naar "
           "wat wel past."},
          {"De oudercursus die moeder kreeg aangeboden is alleen in het Nederlands en in een groep; dat ziet ze "
           "niet zitten."}}},
        {"rf15",
         {{"Moeder heeft twee keer gebeld, maar is niet teruggebeld. Ik pak dit op met onze vaste "
           "contactpersoon."}}},
        {"rf16",
         {{"Op school is een misverstand ontstaan over de rol van de oudste broer in huis. Uitgelegd en "
           "aangeboden om mee te gaan naar het volgende gesprek."},
          {"De hulpverlener begreep niet waarom oma zo'n grote rol heeft in de opvoeding. Dat vraagt om uitleg, "
           "niet om een oordeel."}}},
        {"rf17",
         {{"De aanmeldformulieren zijn lang en ingewikkeld. Samen ingevuld; moeder was opgelucht."},
          {"Moeder snapte niet waarom ze drie keer hetzelfde verhaal moest vertellen bij verschillende "
           "loketten."}}},
    };
    return table;
}

const std::map<std::string, Phrases> &topicTable()
{
    static const std::map<std::string, Phrases> table = {
        {"parenting",
         {{"Gepraat over grenzen stellen zonder boos te worden, en over complimenten geven."},
          {"Moeder vraagt hoe ze de kinderen kan laten luisteren zonder te schreeuwen. Een paar tips uit de "
           "opvoedcursus gedeeld."}}},
        {"school",
         {{"Het contact met school besproken; binnenkort is er een oudergesprek."},
          {"Haar {oudste} heeft het moeilijk op school. Samen de brief van de mentor gelezen."}}},
        {"health",
         {{"Vragen over gezondheid; de afspraak bij het consultatiebureau samen doorgenomen."},
          {"Moeder slaapt zelf slecht en is erg moe. Geadviseerd om naar de huisarts te gaan."}}},
        {"development",
         {{"Moeder vraagt zich af of haar {jongste} genoeg praat voor de leeftijd. Uitgelegd dat het "
           "consultatiebureau daarbij kan helpen."},
          {"Besproken dat het goed is om thuis in de eigen taal voor te lezen."}}},
        {"adolescence",
         {{"Haar {oudste} is veel buiten en thuis weinig aanspreekbaar. Moeder vindt het lastig om contact te "
           "houden."},
          {"Gepraat over vrienden, telefoon en huistijden; moeder wil afspraken maken zonder ruzie."}}},
        {"peace_at_home",
         {{"Gepraat over rust in huis: hoe ouders samen op één lijn kunnen komen.", Phrase::Household},
          {"Het is thuis soms onrustig. Samen bedacht wat moeder kan doen als de spanning oploopt."}}},
        {"money",
         {{"Zorgen over geld: de schoolkosten en de energierekening. Het adres van het formulierenspreekuur "
           "gegeven."},
          {"Moeder wist niet van het Jeugdfonds Sport. Samen de aanvraag voor zwemles bekeken."}}},
        {"housing", {{"Het huis is klein en vochtig; de kinderen hebben geen rustige plek voor hun huiswerk."}}},
        {"youth_services",
         {{"Uitgelegd wat het CJG doet en hoe een aanmelding gaat, en dat het gezin zelf beslist wat er gedeeld "
           "wordt."},
          {"Samen de folder van het CJG gelezen en vragen opgeschreven."}}},
        {"language",
         {{"Moeder wil graag beter Nederlands leren. Het adres van het taalcafé in de bibliotheek gegeven."}}},
        {"media_use",
         {{"De kinderen zitten veel op de telefoon. Gepraat over schermtijd en samen afspraken maken."}}},
        {"loneliness",
         {{"Moeder voelt zich eenzaam. Uitgenodigd voor de moedergroep in het buurtcentrum."},
          {"Moeder komt weinig buiten en kent nog weinig mensen. Samen gekeken naar activiteiten in de wijk."}}},
        {"family_changes",
         {{"Er is veel veranderd in het gezin; iedereen moet nog wennen aan de nieuwe situatie."},
          {"Vader werkt sinds kort in een andere stad en is doordeweeks weg. Moeder draagt nu veel alleen.",
           Phrase::Household}}},
        {"other", {{"Nog wat praktische vragen over formulieren doorgenomen."}}},
    };
    return table;
}
} // namespace

const std::vector<Phrase> &riskPhrases(const char *riskFactor)
{
    static const Phrases none;
    const auto it = riskTable().find(riskFactor);
    return it == riskTable().end() ? none : it->second;
}

const std::vector<Phrase> &topicPhrases(const char *topic)
{
    static const Phrases none;
    const auto it = topicTable().find(topic);
    return it == topicTable().end() ? none : it->second;
}

const std::vector<Phrase> &firstVisitOpeners()
{
    static const Phrases list = {
        {"Eerste huisbezoek. Hartelijk ontvangen, met thee en koekjes."},
        {"Kennismaking bij het gezin thuis. Moeder had via de moedergroep om een gesprek gevraagd."},
        {"Eerste bezoek, op aanraden van de juf van school. Moeder was eerst afwachtend, later open."},
        {"Kennismaking. Een buurvrouw had het gezin over Al Amal verteld."},
    };
    return list;
}

const std::vector<Phrase> &laterVisitOpeners()
{
    static const Phrases list = {
        {"Vervolgbezoek."},
        {"Vervolggesprek; de sfeer was ontspannen."},
        {"Moeder had zelf een lijstje met vragen klaarliggen."},
        {"Kort bezoek, de kinderen kwamen net uit school."},
        {"Moeder klinkt rustiger dan vorige keer."},
    };
    return list;
}

const std::vector<Phrase> &progressPhrases()
{
    static const Phrases list = {
        {"Verder gepraat over wat vorige keer ter sprake kwam; moeder had er goed over nagedacht."},
        {"Moeder merkt zelf dat het iets beter gaat. Dat heb ik benoemd."},
        {"Het gaat met kleine stapjes; ik blijf het gezin volgen."},
        {"Moeder vertelde wat ze sinds de vorige keer heeft geprobeerd. Niet alles lukte, maar ze houdt vol."},
    };
    return list;
}

const std::vector<Phrase> &familyInterpreterPhrases()
{
    static const Phrases list = {
        {"De oudste hielp met vertalen; daardoor kwam niet alles ter sprake."},
        {"Een van de kinderen vertaalde. Voor de moeilijkere onderwerpen wil ik de volgende keer een tolk."},
        {"De oudste vertaalde; moeder wil liever niet dat de kinderen alles horen."},
    };
    return list;
}

const std::vector<Phrase> &fatherJoinedPhrases()
{
    static const Phrases list = {
        {"Vader was er deze keer ook bij.", Phrase::AtVisit},
        {"Vader schoof halverwege aan en luisterde mee.", Phrase::AtVisit},
        {"Ook vader deed mee aan het gesprek; hij stelde veel vragen.", Phrase::AtVisit},
    };
    return list;
}

const char *languageName(const char *code)
{
    static const std::map<std::string, const char *> names = {
        {"nl", "Nederlands"}, {"ar", "Arabisch"},   {"ber", "Tamazight"}, {"tr", "Turks"},
        {"ku", "Koerdisch"},  {"ak", "Twi"},        {"en", "Engels"},     {"fr", "Frans"},
        {"so", "Somalisch"},  {"ti", "Tigrinya"},   {"fa", "Perzisch"},   {"prs", "Dari"},
        {"pap", "Papiaments"}, {"srn", "Sranantongo"}, {"pl", "Pools"},    {"es", "Spaans"},
    };
    const auto it = names.find(code);
    return it == names.end() ? code : it->second;
}

} // namespace brug::demo
