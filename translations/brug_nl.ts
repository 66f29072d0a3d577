<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>BarChart</name>
    <message>
        <source>Nothing in this period.</source>
        <translation>Niets in deze periode.</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Knowing the way</source>
        <translation>De weg weten</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Vertrouwen</translation>
    </message>
    <message>
        <source>Fit of the service</source>
        <translation>Aansluiting van de hulp</translation>
    </message>
    <message>
        <source>Does not know the services</source>
        <translation>Kent de hulp niet</translation>
    </message>
    <message>
        <source>The family does not know what youth services exist or what they do.</source>
        <translation>Het gezin weet niet welke jeugdhulp er is of wat die doet.</translation>
    </message>
    <message>
        <source>Little support around them</source>
        <translation>Weinig steun om hen heen</translation>
    </message>
    <message>
        <source>Few relatives or friends nearby who can help.</source>
        <translation>Weinig familie of vrienden dichtbij die kunnen helpen.</translation>
    </message>
    <message>
        <source>Does not yet see the problem</source>
        <translation>Ziet het probleem nog niet</translation>
    </message>
    <message>
        <source>The parents do not yet see that help could be useful.</source>
        <translation>De ouders zien nog niet dat hulp nuttig kan zijn.</translation>
    </message>
    <message>
        <source>Finds it hard to act alone</source>
        <translation>Vindt het moeilijk om zelf stappen te zetten</translation>
    </message>
    <message>
        <source>The parents find it hard to take steps on their own.</source>
        <translation>De ouders vinden het moeilijk om zelf stappen te zetten.</translation>
    </message>
    <message>
        <source>Service is far away</source>
        <translation>Hulp is ver weg</translation>
    </message>
    <message>
        <source>The service is hard to reach from home.</source>
        <translation>De hulp is moeilijk te bereiken vanuit huis.</translation>
    </message>
    <message>
        <source>Service feels foreign</source>
        <translation>Hulp voelt vreemd</translation>
    </message>
    <message>
        <source>The service looks and feels very Dutch to the family.</source>
        <translation>Voor het gezin ziet de hulp er heel Nederlands uit en voelt die ook zo.</translation>
    </message>
    <message>
        <source>Distrust of youth services</source>
        <translation>Wantrouwen in jeugdhulp</translation>
    </message>
    <message>
        <source>The family fears or distrusts youth services.</source>
        <translation>Het gezin is bang voor jeugdhulp of vertrouwt die niet.</translation>
    </message>
    <message>
        <source>Bad experiences before</source>
        <translation>Eerder slechte ervaringen</translation>
    </message>
    <message>
        <source>The family had bad experiences with services.</source>
        <translation>Het gezin heeft slechte ervaringen met hulp gehad.</translation>
    </message>
    <message>
        <source>Fear of not being understood</source>
        <translation>Bang om niet begrepen te worden</translation>
    </message>
    <message>
        <source>Worry that the language will stand in the way.</source>
        <translation>Bang dat de taal in de weg staat.</translation>
    </message>
    <message>
        <source>Shame and taboo</source>
        <translation>Schaamte en taboe</translation>
    </message>
    <message>
        <source>Some subjects are hard to talk about in the family.</source>
        <translation>Over sommige onderwerpen is praten in het gezin moeilijk.</translation>
    </message>
    <message>
        <source>Too little time for the family</source>
        <translation>Te weinig tijd voor het gezin</translation>
    </message>
    <message>
        <source>The service has little time for families who need more.</source>
        <translation>De hulp heeft weinig tijd voor gezinnen die meer nodig hebben.</translation>
    </message>
    <message>
        <source>No help in the neighbourhood</source>
        <translation>Geen hulp in de buurt</translation>
    </message>
    <message>
        <source>The service does not work where families are.</source>
        <translation>De hulp werkt niet op de plekken waar gezinnen zijn.</translation>
    </message>
    <message>
        <source>Staff not diverse</source>
        <translation>Weinig diversiteit onder medewerkers</translation>
    </message>
    <message>
        <source>Few staff from the family&apos;s community.</source>
        <translation>Weinig medewerkers uit de gemeenschap van het gezin.</translation>
    </message>
    <message>
        <source>Methods do not fit</source>
        <translation>Werkwijze past niet</translation>
    </message>
    <message>
        <source>The usual way of working does not suit this family.</source>
        <translation>De gewone manier van werken past niet bij dit gezin.</translation>
    </message>
    <message>
        <source>Low motivation of professionals</source>
        <translation>Weinig inzet van hulpverleners</translation>
    </message>
    <message>
        <source>Professionals show little drive to reach the family.</source>
        <translation>Hulpverleners doen weinig moeite om het gezin te bereiken.</translation>
    </message>
    <message>
        <source>Little intercultural skill</source>
        <translation>Weinig kennis van andere culturen</translation>
    </message>
    <message>
        <source>Professionals lack knowledge of the family&apos;s culture.</source>
        <translation>Hulpverleners weten weinig van de cultuur van het gezin.</translation>
    </message>
    <message>
        <source>Complicated intake</source>
        <translation>Ingewikkelde intake</translation>
    </message>
    <message>
        <source>The first steps at the service are hard to follow.</source>
        <translation>De eerste stappen bij de hulp zijn moeilijk te volgen.</translation>
    </message>
    <message>
        <source>Information about services</source>
        <translation>Informatie over de hulp</translation>
    </message>
    <message>
        <source>Explained what the services do and how.</source>
        <translation>Uitgelegd wat de hulp doet en hoe.</translation>
    </message>
    <message>
        <source>Reached out through own network</source>
        <translation>Bereikt via eigen netwerk</translation>
    </message>
    <message>
        <source>Visit to the service together</source>
        <translation>Samen op bezoek bij de hulp</translation>
    </message>
    <message>
        <source>Radio or leaflets in own language</source>
        <translation>Radio of folders in eigen taal</translation>
    </message>
    <message>
        <source>Support as a network</source>
        <translation>Steun gegeven als netwerk</translation>
    </message>
    <message>
        <source>Helped meet other parents</source>
        <translation>Geholpen andere ouders te ontmoeten</translation>
    </message>
    <message>
        <source>Theme meeting on parenting</source>
        <translation>Themabijeenkomst over opvoeden</translation>
    </message>
    <message>
        <source>Explained what is going on</source>
        <translation>Uitgelegd wat er speelt</translation>
    </message>
    <message>
        <source>Psycho-education: helped the parents understand the situation.</source>
        <translation>Psycho-educatie: de ouders geholpen de situatie te begrijpen.</translation>
    </message>
    <message>
        <source>Encouraged and strengthened</source>
        <translation>Aangemoedigd en versterkt</translation>
    </message>
    <message>
        <source>Empowerment: motivated the parents to take their own steps.</source>
        <translation>Empowerment: de ouders gemotiveerd om zelf stappen te zetten.</translation>
    </message>
    <message>
        <source>Built trust in the service</source>
        <translation>Vertrouwen in de hulp opgebouwd</translation>
    </message>
    <message>
        <source>Talked about difficult subjects</source>
        <translation>Over moeilijke onderwerpen gepraat</translation>
    </message>
    <message>
        <source>Went along to an appointment</source>
        <translation>Meegegaan naar een afspraak</translation>
    </message>
    <message>
        <source>Interpreted</source>
        <translation>Getolkt</translation>
    </message>
    <message>
        <source>Advised the service on culture</source>
        <translation>De hulp advies gegeven over cultuur</translation>
    </message>
    <message>
        <source>Case discussion</source>
        <translation>Overleg over een gezin</translation>
    </message>
    <message>
        <source>Duo coaching</source>
        <translation>Duocoaching</translation>
    </message>
    <message>
        <source>Referred to a service</source>
        <translation>Doorverwezen naar hulp</translation>
    </message>
    <message>
        <source>Professional came to the neighbourhood</source>
        <translation>Hulpverlener kwam naar de buurt</translation>
    </message>
    <message>
        <source>Simpler intake</source>
        <translation>Eenvoudiger intake</translation>
    </message>
    <message>
        <source>Raising children</source>
        <translation>Opvoeden</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gezondheid</translation>
    </message>
    <message>
        <source>How children grow</source>
        <translation>Hoe kinderen opgroeien</translation>
    </message>
    <message>
        <source>Teenagers</source>
        <translation>Tieners</translation>
    </message>
    <message>
        <source>Peace in the home</source>
        <translation>Rust in huis</translation>
    </message>
    <message>
        <source>Money matters</source>
        <translation>Geldzaken</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Wonen</translation>
    </message>
    <message>
        <source>Youth services</source>
        <translation>Jeugdhulp</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Phones and screens</source>
        <translation>Telefoons en schermen</translation>
    </message>
    <message>
        <source>Feeling alone</source>
        <translation>Zich alleen voelen</translation>
    </message>
    <message>
        <source>Changes in the family</source>
        <translation>Veranderingen in het gezin</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <source>Mosque</source>
        <translation>Moskee</translation>
    </message>
    <message>
        <source>Community centre</source>
        <translation>Buurthuis</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>Thuis</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliotheek</translation>
    </message>
    <message>
        <source>Church</source>
        <translation>Kerk</translation>
    </message>
    <message>
        <source>Other place</source>
        <translation>Andere plek</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Moeder</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Vader</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Grootouder</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>Ander familielid</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Iemand anders</translation>
    </message>
    <message>
        <source>No interpreter</source>
        <translation>Geen tolk</translation>
    </message>
    <message>
        <source>I interpreted</source>
        <translation>Ik heb getolkt</translation>
    </message>
    <message>
        <source>A family member</source>
        <translation>Een familielid</translation>
    </message>
    <message>
        <source>Professional interpreter</source>
        <translation>Professionele tolk</translation>
    </message>
    <message>
        <source>Interpreter by phone</source>
        <translation>Tolk via de telefoon</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <source>Tamazight (Berber)</source>
        <translation>Tamazight (Berbers)</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turks</translation>
    </message>
    <message>
        <source>Kurdish</source>
        <translation>Koerdisch</translation>
    </message>
    <message>
        <source>Twi</source>
        <translation>Twi</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>Somalisch</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>Tigrinya</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Perzisch</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Papiamento</source>
        <translation>Papiaments</translation>
    </message>
    <message>
        <source>Sranan Tongo</source>
        <translation>Sranantongo</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Pools</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spaans</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>Marokko</translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation>Turkije</translation>
    </message>
    <message>
        <source>Ghana</source>
        <translation>Ghana</translation>
    </message>
    <message>
        <source>Suriname</source>
        <translation>Suriname</translation>
    </message>
    <message>
        <source>Curaçao</source>
        <translation>Curaçao</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>Syrië</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation>Eritrea</translation>
    </message>
    <message>
        <source>Somalia</source>
        <translation>Somalië</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>Afghanistan</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>Irak</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Iran</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>Nigeria</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>Egypte</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polen</translation>
    </message>
    <message>
        <source>The Netherlands</source>
        <translation>Nederland</translation>
    </message>
    <message>
        <source>Other country</source>
        <translation>Ander land</translation>
    </message>
    <message>
        <source>Intermediary</source>
        <translation>Intermediair</translation>
    </message>
    <message>
        <source>Contact woman</source>
        <translation>Contactvrouw</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coördinator</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Contactpersoon jeugdhulp</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Leidinggevende</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>The family&apos;s name.</source>
        <translation>De naam van het gezin.</translation>
    </message>
    <message>
        <source>Phone and address</source>
        <translation>Telefoon en adres</translation>
    </message>
    <message>
        <source>How the service can reach the family.</source>
        <translation>Hoe de hulp het gezin kan bereiken.</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Buurt</translation>
    </message>
    <message>
        <source>Postcode and neighbourhood.</source>
        <translation>Postcode en buurt.</translation>
    </message>
    <message>
        <source>Origin and languages</source>
        <translation>Herkomst en talen</translation>
    </message>
    <message>
        <source>Country of origin and the languages spoken.</source>
        <translation>Land van herkomst en de talen die ze spreken.</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Kinderen</translation>
    </message>
    <message>
        <source>Birth years of the children.</source>
        <translation>Geboortejaren van de kinderen.</translation>
    </message>
    <message>
        <source>Referral to the service</source>
        <translation>Doorverwijzing naar de hulp</translation>
    </message>
    <message>
        <source>First meeting (intake)</source>
        <translation>Eerste gesprek (intake)</translation>
    </message>
    <message>
        <source>Sharing information</source>
        <translation>Informatie delen</translation>
    </message>
    <message>
        <source>Spoken, with a witness</source>
        <translation>Mondeling, met een getuige</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ondertekend</translation>
    </message>
    <message>
        <source>Through an interpreter</source>
        <translation>Via een tolk</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Gewoon</translation>
    </message>
    <message>
        <source>Soon</source>
        <translation>Snel</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>More information asked</source>
        <translation>Meer informatie gevraagd</translation>
    </message>
    <message>
        <source>Intake planned</source>
        <translation>Intakegesprek gepland</translation>
    </message>
    <message>
        <source>Receiving help</source>
        <translation>Krijgt hulp</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Niet aangenomen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Family was helped</source>
        <translation>Gezin is geholpen</translation>
    </message>
    <message>
        <source>Referred elsewhere</source>
        <translation>Ergens anders naartoe verwezen</translation>
    </message>
    <message>
        <source>No help needed</source>
        <translation>Geen hulp nodig</translation>
    </message>
    <message>
        <source>Family stopped</source>
        <translation>Gezin is gestopt</translation>
    </message>
    <message>
        <source>Other outcome</source>
        <translation>Andere afloop</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Huisbezoek</translation>
    </message>
    <message>
        <source>Neighbourhood meeting</source>
        <translation>Buurtbijeenkomst</translation>
    </message>
    <message>
        <source>Going along</source>
        <translation>Meegaan</translation>
    </message>
    <message>
        <source>Interpreting</source>
        <translation>Tolken</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefoongesprek</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Reizen</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Scholing</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Overleg</translation>
    </message>
    <message>
        <source>Other activity</source>
        <translation>Andere activiteit</translation>
    </message>
    <message>
        <source>Girl</source>
        <translation>Meisje</translation>
    </message>
    <message>
        <source>Boy</source>
        <translation>Jongen</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Niet gezegd</translation>
    </message>
    <message>
        <source>Migrant organisation</source>
        <translation>Migrantenorganisatie</translation>
    </message>
    <message>
        <source>Youth-care provider</source>
        <translation>Jeugdhulporganisatie</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
</context>
<context>
    <name>ConflictBanner</name>
    <message>
        <source>This was changed in two places at once.</source>
        <translation>Dit is op twee plekken tegelijk veranderd.</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Nu: %1</translation>
    </message>
    <message>
        <source>Other version: %1</source>
        <translation>Andere versie: %1</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Deze houden</translation>
    </message>
    <message>
        <source>Use the other version</source>
        <translation>De andere versie gebruiken</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Provider</source>
        <translation>Hulporganisatie</translation>
    </message>
    <message>
        <source>What is shared</source>
        <translation>Wat wordt gedeeld</translation>
    </message>
    <message>
        <source>For what</source>
        <translation>Waarvoor</translation>
    </message>
    <message>
        <source>How it was given</source>
        <translation>Hoe gegeven</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Toestemming vastleggen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Save consent</source>
        <translation>Toestemming opslaan</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Stap %1 van %2: %3</translation>
    </message>
    <message>
        <source>Withdrawn on %1</source>
        <translation>Ingetrokken op %1</translation>
    </message>
    <message>
        <source>Given on %1</source>
        <translation>Gegeven op %1</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Gedeeld</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Getuige</translation>
    </message>
    <message>
        <source>Reason for withdrawal</source>
        <translation>Reden van intrekken</translation>
    </message>
    <message>
        <source>Withdraw this consent</source>
        <translation>Deze toestemming intrekken</translation>
    </message>
    <message>
        <source>With which provider may information be shared?</source>
        <translation>Met welke hulporganisatie mag informatie gedeeld worden?</translation>
    </message>
    <message>
        <source>What may the provider know? The code of the family is always shared.</source>
        <translation>Wat mag de hulporganisatie weten? De code van het gezin wordt altijd gedeeld.</translation>
    </message>
    <message>
        <source>In your words (optional)</source>
        <translation>In je eigen woorden (niet verplicht)</translation>
    </message>
    <message>
        <source>How was consent given?</source>
        <translation>Hoe is de toestemming gegeven?</translation>
    </message>
    <message>
        <source>Name of the witness</source>
        <translation>Naam van de getuige</translation>
    </message>
    <message>
        <source>Interpreted from</source>
        <translation>Getolkt vanuit</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Gegeven op</translation>
    </message>
    <message>
        <source>Check with the family</source>
        <translation>Samen met het gezin nalopen</translation>
    </message>
    <message>
        <source>%1 may receive: %2. For: %3.</source>
        <translation>%1 mag ontvangen: %2. Voor: %3.</translation>
    </message>
    <message>
        <source>The family can withdraw this consent at any time. The provider then no longer sees the information.</source>
        <translation>Het gezin kan deze toestemming altijd intrekken. De hulporganisatie ziet de informatie dan niet meer.</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Toestemming intrekken</translation>
    </message>
    <message>
        <source>From today the provider no longer sees this family through this consent. Referrals that rest on it stop.</source>
        <translation>Vanaf vandaag ziet de hulporganisatie dit gezin niet meer via deze toestemming. Doorverwijzingen die erop rusten, stoppen.</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Reden (niet verplicht)</translation>
    </message>
</context>
<context>
    <name>Counter</name>
    <message>
        <source>One less: %1</source>
        <translation>Eén minder: %1</translation>
    </message>
    <message>
        <source>One more: %1</source>
        <translation>Eén meer: %1</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose a day</source>
        <translation>Kies een dag</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>Over %n dag</numerusform>
            <numerusform>Over %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Geen datum</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Vorige maand</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Volgende maand</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Directory</source>
        <translation>Adresboek</translation>
    </message>
    <message>
        <source>The directory is empty. It arrives with the first sync.</source>
        <translation>Het adresboek is nog leeg. Het komt bij de eerste synchronisatie.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Openingstijden</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>%1 bellen</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>Op de kaart tonen</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Soorten hulp</translation>
    </message>
    <message>
        <source>Ages %1 to %2</source>
        <translation>Leeftijd %1 tot %2 jaar</translation>
    </message>
    <message>
        <source>Fixed contact persons</source>
        <translation>Vaste contactpersonen</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Bellen</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>Verkeerde wachtzin. Probeer het nog eens.</translation>
    </message>
    <message>
        <source>This file is not a Brug store. It was not changed.</source>
        <translation>Dit bestand is geen gegevensbestand van Brug. Er is niets aan veranderd.</translation>
    </message>
    <message>
        <source>The store is damaged. It was not changed. Ask your coordinator for help.</source>
        <translation>Het gegevensbestand is beschadigd. Er is niets aan veranderd. Vraag je coördinator om hulp.</translation>
    </message>
    <message>
        <source>This store was made by a newer Brug. Please update the app.</source>
        <translation>Dit gegevensbestand is gemaakt door een nieuwere Brug. Werk de app bij.</translation>
    </message>
    <message>
        <source>The key file of the store is missing. It was not changed.</source>
        <translation>Het sleutelbestand van het gegevensbestand ontbreekt. Er is niets aan veranderd.</translation>
    </message>
    <message>
        <source>The device is full. Free some space; nothing was lost.</source>
        <translation>Het apparaat is vol. Maak wat ruimte vrij; er is niets verloren.</translation>
    </message>
    <message>
        <source>Brug cannot write its files here.</source>
        <translation>Brug kan hier zijn bestanden niet opslaan.</translation>
    </message>
    <message>
        <source>The store is busy. Try again in a moment.</source>
        <translation>Het gegevensbestand is even bezet. Probeer het zo nog eens.</translation>
    </message>
    <message>
        <source>The device could not read or write. Try again.</source>
        <translation>Het apparaat kon niet lezen of schrijven. Probeer het nog eens.</translation>
    </message>
    <message>
        <source>Something in the form does not fit. Check the fields.</source>
        <translation>Iets in het formulier klopt niet. Kijk de velden na.</translation>
    </message>
    <message>
        <source>This item is no longer there.</source>
        <translation>Dit onderdeel is er niet meer.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was lost.</source>
        <translation>Er ging iets mis. Er is niets verloren.</translation>
    </message>
    <message>
        <source>No connection to the server. Brug will try again.</source>
        <translation>Geen verbinding met de server. Brug probeert het opnieuw.</translation>
    </message>
    <message>
        <source>The server no longer knows this device. Enrol it again in Settings.</source>
        <translation>De server kent dit apparaat niet meer. Koppel het opnieuw bij Instellingen.</translation>
    </message>
    <message>
        <source>The store could not be written. Free some space and try again.</source>
        <translation>Het gegevensbestand kon niet worden opgeslagen. Maak wat ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The server has a problem. Brug will try again.</source>
        <translation>De server heeft een probleem. Brug probeert het opnieuw.</translation>
    </message>
    <message>
        <source>Too many tries. Wait ten minutes.</source>
        <translation>Te vaak geprobeerd. Wacht tien minuten.</translation>
    </message>
    <message>
        <source>This code is not valid. Ask your coordinator for a new one.</source>
        <translation>Deze code is niet geldig. Vraag je coördinator om een nieuwe.</translation>
    </message>
    <message>
        <source>Sync failed. Brug will try again.</source>
        <translation>Synchroniseren is mislukt. Brug probeert het opnieuw.</translation>
    </message>
    <message>
        <source>The server could not prove who it is. Nothing was sent. Ask your coordinator.</source>
        <translation>De server kon niet bewijzen wie hij is. Er is niets verstuurd. Vraag je coördinator om hulp.</translation>
    </message>
    <message>
        <source>This server address is not secure. Use an address that starts with https://.</source>
        <translation>Dit serveradres is niet beveiligd. Gebruik een adres dat begint met https://.</translation>
    </message>
    <message>
        <source>This is not a server address. Check it and try again.</source>
        <translation>Dit is geen serveradres. Controleer het en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>FamiliesPage</name>
    <message>
        <source>Visit which family?</source>
        <translation>Welk gezin bezoek je?</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Gezinnen</translation>
    </message>
    <message>
        <source>Search by code, name or neighbourhood</source>
        <translation>Zoek op code, naam of buurt</translation>
    </message>
    <message>
        <source>Search families</source>
        <translation>Gezinnen zoeken</translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies) found</source>
        <translation>
            <numerusform>%n gezin gevonden</numerusform>
            <numerusform>%n gezinnen gevonden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies)</source>
        <translation>
            <numerusform>%n gezin</numerusform>
            <numerusform>%n gezinnen</numerusform>
        </translation>
    </message>
    <message>
        <source>No family matches. Check the spelling or search by code.</source>
        <translation>Geen gezin gevonden. Kijk de spelling na of zoek op code.</translation>
    </message>
    <message>
        <source>No families yet. Add the first family you visit.</source>
        <translation>Nog geen gezinnen. Voeg het eerste gezin toe dat je bezoekt.</translation>
    </message>
    <message>
        <source>Add a family</source>
        <translation>Gezin toevoegen</translation>
    </message>
</context>
<context>
    <name>FamilyEditPage</name>
    <message>
        <source>Edit family</source>
        <translation>Gezin bewerken</translation>
    </message>
    <message>
        <source>New family</source>
        <translation>Nieuw gezin</translation>
    </message>
    <message>
        <source>Lists show the code, not the name. Fill in only what the family agrees to.</source>
        <translation>Lijsten tonen de code, niet de naam. Vul alleen in waar het gezin mee instemt.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Gezinscode</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Naam van het gezin</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Buurt</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>Land van herkomst</translation>
    </message>
    <message>
        <source>Languages spoken at home</source>
        <translation>Talen die thuis gesproken worden</translation>
    </message>
    <message>
        <source>Language they speak best</source>
        <translation>Taal die ze het best spreken</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Kinderen</translation>
    </message>
    <message>
        <source>Birth year only; no names.</source>
        <translation>Alleen het geboortejaar; geen namen.</translation>
    </message>
    <message>
        <source>Birth year of child %1</source>
        <translation>Geboortejaar van kind %1</translation>
    </message>
    <message>
        <source>Child %1</source>
        <translation>Kind %1</translation>
    </message>
    <message>
        <source>Remove child %1</source>
        <translation>Kind %1 weghalen</translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation>Kind toevoegen</translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <source>Family %1</source>
        <translation>Gezin %1</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Gezinscode</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Buurt</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Speaks best</source>
        <translation>Spreekt het best</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Kinderen</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>geboren in %1</translation>
    </message>
    <message>
        <source>age unknown</source>
        <translation>leeftijd onbekend</translation>
    </message>
    <message>
        <source>Intermediary</source>
        <translation>Intermediair</translation>
    </message>
    <message>
        <source>Record a visit</source>
        <translation>Bezoek vastleggen</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Toestemming vastleggen</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>Doorverwijzen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Nog niets vastgelegd.</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Your unsaved text was kept.</source>
        <translation>Je tekst die nog niet was opgeslagen, is bewaard.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Nog niet opgeslagen</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Wijzigingen ongedaan maken</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Hallo %1</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Laatst gesynchroniseerd: %1</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchroniseren</translation>
    </message>
    <message>
        <source>New home visit</source>
        <translation>Nieuw huisbezoek</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nieuwe bijeenkomst</translation>
    </message>
    <message>
        <source>New family</source>
        <translation>Nieuw gezin</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Te doen</translation>
    </message>
    <message>
        <source>Nothing due this week.</source>
        <translation>Deze week staat er niets gepland.</translation>
    </message>
    <message>
        <source>Intake: go along with %1</source>
        <translation>Intake: meegaan met %1</translation>
    </message>
    <message>
        <source>Visit again: %1</source>
        <translation>Opnieuw bezoeken: %1</translation>
    </message>
    <message>
        <source>Recent families</source>
        <translation>Recente gezinnen</translation>
    </message>
    <message>
        <source>No families yet. Add the first family you visit.</source>
        <translation>Nog geen gezinnen. Voeg het eerste gezin toe dat je bezoekt.</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <source>Hours and expenses</source>
        <translation>Uren en onkosten</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Vorige maand</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Volgende maand</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Reizen</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Onkosten</translation>
    </message>
    <message>
        <source>Add time or expenses</source>
        <translation>Tijd of onkosten toevoegen</translation>
    </message>
    <message>
        <source>Nothing recorded this month.</source>
        <translation>Deze maand nog niets vastgelegd.</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Referrals</source>
        <translation>Doorverwijzingen</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nieuw</numerusform>
            <numerusform>%n nieuw</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n arrived since you last looked</source>
        <translation>
            <numerusform>%n is binnengekomen sinds je vorige keer keek</numerusform>
            <numerusform>%n zijn binnengekomen sinds je vorige keer keek</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Alle soorten hulp</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Soort hulp</translation>
    </message>
    <message>
        <source>No referrals here.</source>
        <translation>Hier zijn geen doorverwijzingen.</translation>
    </message>
    <message>
        <source>Family %1</source>
        <translation>Gezin %1</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Brug</source>
        <translation>Brug</translation>
    </message>
    <message>
        <source>Welcome. Choose a passphrase. It protects the families&apos; data on this device; nobody can open it without the passphrase.</source>
        <translation>Welkom. Kies een wachtzin. Die beschermt de gegevens van de gezinnen op dit apparaat; niemand kan ze openen zonder de wachtzin.</translation>
    </message>
    <message>
        <source>This device was taken out of use by your coordinator, and its data was erased.</source>
        <translation>Je coördinator heeft dit apparaat buiten gebruik gezet, en de gegevens erop zijn gewist.</translation>
    </message>
    <message>
        <source>Enter your passphrase to open Brug.</source>
        <translation>Vul je wachtzin in om Brug te openen.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Dezelfde wachtzin nog een keer</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Herhaal de wachtzin</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Brug</source>
        <translation>Brug</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Doorverwijzingen</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Adresboek</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Cijfers</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Gezinnen</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Bijeenkomsten</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <source>Lock the app</source>
        <translation>De app vergrendelen</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <source>Meeting</source>
        <translation>Bijeenkomst</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nieuwe bijeenkomst</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Name of the place</source>
        <translation>Naam van de plek</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Buurt</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Theme in your words</source>
        <translation>Thema in je eigen woorden</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Who came</source>
        <translation>Wie kwamen er</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Vrouwen</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Mannen</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Kinderen</translation>
    </message>
    <message>
        <source>Of whom for the first time</source>
        <translation>Waarvan voor het eerst</translation>
    </message>
    <message>
        <source>What came up</source>
        <translation>Wat kwam er ter sprake</translation>
    </message>
    <message>
        <source>Questions and needs</source>
        <translation>Vragen en behoeften</translation>
    </message>
    <message>
        <source>In your words</source>
        <translation>In je eigen woorden</translation>
    </message>
    <message>
        <source>What did the mothers ask, what worries them?</source>
        <translation>Wat vroegen de moeders, waar maken ze zich zorgen over?</translation>
    </message>
    <message>
        <source>The provider</source>
        <translation>De hulporganisatie</translation>
    </message>
    <message>
        <source>Someone of the provider was there</source>
        <translation>Er was iemand van de hulporganisatie</translation>
    </message>
    <message>
        <source>Ask the provider to come and give information</source>
        <translation>De hulporganisatie vragen om voorlichting te komen geven</translation>
    </message>
    <message>
        <source>Which provider</source>
        <translation>Welke hulporganisatie</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translation>Bijeenkomsten</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nieuwe bijeenkomst</translation>
    </message>
    <message>
        <source>No meetings recorded yet.</source>
        <translation>Nog geen bijeenkomsten vastgelegd.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Bijeenkomst</translation>
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <translation>
            <numerusform>%n aanwezig</numerusform>
            <numerusform>%n aanwezig</numerusform>
        </translation>
    </message>
    <message>
        <source>Provider asked</source>
        <translation>Hulporganisatie gevraagd</translation>
    </message>
</context>
<context>
    <name>MessageThread</name>
    <message>
        <source>No messages yet.</source>
        <translation>Nog geen berichten.</translation>
    </message>
    <message>
        <source>%1 set the status to: %2</source>
        <translation>%1 zette de stand op: %2</translation>
    </message>
    <message>
        <source>Write a message</source>
        <translation>Schrijf een bericht</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Versturen</translation>
    </message>
</context>
<context>
    <name>ReferralPage</name>
    <message>
        <source>Referral</source>
        <translation>Doorverwijzing</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>Nieuwe doorverwijzing</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Concept opslaan</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Soort hulp</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intakegesprek</translation>
    </message>
    <message>
        <source>Interpreter booked</source>
        <translation>Tolk geregeld</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>You are invited</source>
        <translation>Je bent uitgenodigd</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Waarom niet</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Voorstel</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Afloop</translation>
    </message>
    <message>
        <source>Reason (family)</source>
        <translation>Reden (gezin)</translation>
    </message>
    <message>
        <source>Withdraw referral</source>
        <translation>Doorverwijzing intrekken</translation>
    </message>
    <message>
        <source>To which provider</source>
        <translation>Naar welke hulporganisatie</translation>
    </message>
    <message>
        <source>Choose a provider</source>
        <translation>Kies een hulporganisatie</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Hulporganisatie</translation>
    </message>
    <message>
        <source>Choose a service</source>
        <translation>Kies een soort hulp</translation>
    </message>
    <message>
        <source>Consent it rests on</source>
        <translation>Toestemming waarop dit rust</translation>
    </message>
    <message>
        <source>There is no consent of this family for this provider yet.</source>
        <translation>Er is nog geen toestemming van dit gezin voor deze hulporganisatie.</translation>
    </message>
    <message>
        <source>Given on %1: %2</source>
        <translation>Gegeven op %1: %2</translation>
    </message>
    <message>
        <source>Record consent now</source>
        <translation>Nu toestemming vastleggen</translation>
    </message>
    <message>
        <source>The reason, in the family&apos;s own words</source>
        <translation>De reden, in de woorden van het gezin</translation>
    </message>
    <message>
        <source>What does the family want help with?</source>
        <translation>Waar wil het gezin hulp bij?</translation>
    </message>
    <message>
        <source>What you see</source>
        <translation>Wat jij ziet</translation>
    </message>
    <message>
        <source>Your view, for the caseworker</source>
        <translation>Jouw kijk, voor de contactpersoon jeugdhulp</translation>
    </message>
    <message>
        <source>How soon</source>
        <translation>Hoe snel</translation>
    </message>
    <message>
        <source>Language for the talks</source>
        <translation>Taal voor de gesprekken</translation>
    </message>
    <message>
        <source>An interpreter is needed</source>
        <translation>Er is een tolk nodig</translation>
    </message>
    <message>
        <source>I will go along to the intake</source>
        <translation>Ik ga mee naar het intakegesprek</translation>
    </message>
    <message>
        <source>Send to the provider</source>
        <translation>Naar de hulporganisatie versturen</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Berichten</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Figures</source>
        <translation>Cijfers</translation>
    </message>
    <message>
        <source>Saved in your Documents folder: %1</source>
        <extracomment>after an export; %1 is the full path of the file, in the Documents folder</extracomment>
        <translation>Opgeslagen in je map Documenten: %1</translation>
    </message>
    <message>
        <source>%1 days</source>
        <extracomment>a number of days, e.g. &quot;6,5 days&quot;: the middle value over all referrals</extracomment>
        <translation>%1 dagen</translation>
    </message>
    <message>
        <source>Middle value of %1 referrals</source>
        <extracomment>%1 is a number of referrals, or &quot;&lt;5&quot;</extracomment>
        <translation>Middelste waarde van %1 doorverwijzingen</translation>
    </message>
    <message>
        <source>Not shown: fewer than 5 referrals.</source>
        <translation>Niet getoond: minder dan 5 doorverwijzingen.</translation>
    </message>
    <message>
        <source>No referrals with this step in this period.</source>
        <translation>Geen doorverwijzingen met deze stap in deze periode.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Laatste 3 maanden</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dit jaar</translation>
    </message>
    <message>
        <source>Choose dates</source>
        <extracomment>choose the first and last day of the report yourself</extracomment>
        <translation>Datums kiezen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV opslaan</translation>
    </message>
    <message>
        <source>Export the figures as a spreadsheet (CSV)</source>
        <extracomment>button: save the figures as a spreadsheet file (CSV)</extracomment>
        <translation>De cijfers opslaan als rekenblad (CSV)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF opslaan</translation>
    </message>
    <message>
        <source>Export the figures as a PDF report</source>
        <translation>De cijfers opslaan als PDF-verslag</translation>
    </message>
    <message>
        <source>The figures appear once this device is set up and your data is open.</source>
        <translation>De cijfers verschijnen zodra dit apparaat is ingesteld en je gegevens open zijn.</translation>
    </message>
    <message>
        <source>Whom we reach</source>
        <translation>Wie we bereiken</translation>
    </message>
    <message>
        <source>What we do</source>
        <translation>Wat we doen</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>Huisbezoeken</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Bijeenkomsten</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Mensen</translation>
    </message>
    <message>
        <source>Thresholds we see</source>
        <translation>Drempels die we zien</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Doorverwijzingen</translation>
    </message>
    <message>
        <source>Hours and expenses</source>
        <translation>Uren en onkosten</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Niets in deze periode.</translation>
    </message>
    <message>
        <source>%1 km</source>
        <extracomment>kilometres travelled</extracomment>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Werkdruk</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Gezinnen</translation>
    </message>
    <message>
        <source>Visits, 30 days</source>
        <extracomment>home visits in the last 30 days</extracomment>
        <translation>Bezoeken, 30 dagen</translation>
    </message>
    <message>
        <source>Open referrals</source>
        <translation>Lopende doorverwijzingen</translation>
    </message>
    <message>
        <source>%1 families, %2 visits, %3 open referrals</source>
        <translation>%1 gezinnen, %2 bezoeken, %3 lopende doorverwijzingen</translation>
    </message>
    <message>
        <source>How fast</source>
        <translation>Hoe snel</translation>
    </message>
    <message>
        <source>Neighbourhood meetings</source>
        <translation>Buurtbijeenkomsten</translation>
    </message>
    <message>
        <source>Asked to come</source>
        <translation>Gevraagd om te komen</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>What came in</source>
        <extracomment>section of the provider&apos;s figures: the referrals that came in</extracomment>
        <translation>Wat binnenkwam</translation>
    </message>
    <message>
        <source>Results</source>
        <extracomment>section of the provider&apos;s figures: outcomes and referrals not accepted</extracomment>
        <translation>Resultaten</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Referral</source>
        <translation>Doorverwijzing</translation>
    </message>
    <message>
        <source>This referral is no longer shared with you.</source>
        <translation>Deze doorverwijzing wordt niet meer met je gedeeld.</translation>
    </message>
    <message>
        <source>Family %1</source>
        <translation>Gezin %1</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Hoe dringend</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Soort hulp</translation>
    </message>
    <message>
        <source>In the family&apos;s words</source>
        <translation>In de woorden van het gezin</translation>
    </message>
    <message>
        <source>The intermediary sees</source>
        <translation>Wat de intermediair ziet</translation>
    </message>
    <message>
        <source>Thresholds seen</source>
        <translation>Drempels gezien</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Tolk nodig</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Intermediary comes along</source>
        <translation>Intermediair gaat mee</translation>
    </message>
    <message>
        <source>Intermediary</source>
        <translation>Intermediair</translation>
    </message>
    <message>
        <source>What the family shares</source>
        <translation>Wat het gezin deelt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Buurt</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Kinderen</translation>
    </message>
    <message>
        <source>Consent given on %1 (%2) for: %3. Shared: %4.</source>
        <translation>Toestemming gegeven op %1 (%2) voor: %3. Gedeeld: %4.</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>Jouw besluit</translation>
    </message>
    <message>
        <source>Confirm receipt</source>
        <translation>Ontvangst bevestigen</translation>
    </message>
    <message>
        <source>Ask for information</source>
        <translation>Om informatie vragen</translation>
    </message>
    <message>
        <source>Plan the intake</source>
        <translation>Intakegesprek plannen</translation>
    </message>
    <message>
        <source>Help has started</source>
        <translation>Hulp is begonnen</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Niet aannemen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Messages with the intermediary</source>
        <translation>Berichten met de intermediair</translation>
    </message>
    <message>
        <source>Your question</source>
        <translation>Je vraag</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Time, e.g. 14:30</source>
        <translation>Tijd, bijv. 14:30</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Interpreter booked</source>
        <translation>Tolk geregeld</translation>
    </message>
    <message>
        <source>Invite the intermediary to come along</source>
        <translation>De intermediair uitnodigen om mee te komen</translation>
    </message>
    <message>
        <source>Why, in words the family can understand</source>
        <translation>Waarom, in woorden die het gezin begrijpt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Where could the family go instead?</source>
        <translation>Waar kan het gezin wel terecht?</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Voorstel</translation>
    </message>
    <message>
        <source>Close with an outcome</source>
        <translation>Afsluiten met een afloop</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Afloop</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Notitie (niet verplicht)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serververbinding</translation>
    </message>
    <message>
        <source>This device is connected as %1 (%2) of %3.</source>
        <translation>Dit apparaat is gekoppeld als %1 (%2) van %3.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchroniseren</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Laatst gesynchroniseerd</translation>
    </message>
    <message>
        <source>To connect again, enter a new code from your coordinator.</source>
        <translation>Wil je opnieuw koppelen? Vul dan een nieuwe code van je coördinator in.</translation>
    </message>
    <message>
        <source>Enter the server address and the code your coordinator gave you.</source>
        <translation>Vul het serveradres in en de code die je van je coördinator hebt gekregen.</translation>
    </message>
    <message>
        <source>Server address, e.g. https://brug.example.nl</source>
        <translation>Serveradres, bijv. https://brug.example.nl</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradres</translation>
    </message>
    <message>
        <source>Code, e.g. 7K3D-9XQ2-MW4P</source>
        <translation>Code, bijv. 7K3D-9XQ2-MW4P</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Koppelcode</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Bezig met koppelen…</translation>
    </message>
    <message>
        <source>Connect this device</source>
        <translation>Dit apparaat koppelen</translation>
    </message>
    <message>
        <source>Connected. The first sync starts now.</source>
        <translation>Gekoppeld. De eerste synchronisatie begint nu.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Beveiliging</translation>
    </message>
    <message numerus="yes">
        <source>Lock after %n minute(s) without use</source>
        <translation>
            <numerusform>Vergrendelen na %n minuut zonder gebruik</numerusform>
            <numerusform>Vergrendelen na %n minuten zonder gebruik</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock time in minutes</source>
        <translation>Tijd tot vergrendelen, in minuten</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Nu vergrendelen</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Over Brug</translation>
    </message>
    <message>
        <source>Brug %1. Made for intermediaries, contact women and youth-care caseworkers who work together, after &quot;With one hand you cannot clap&quot; (FORUM, 2011). Everything is stored encrypted on this device and shared only as the families agreed.</source>
        <translation>Brug %1. Gemaakt voor intermediairs, contactvrouwen en contactpersonen jeugdhulp die samenwerken, naar &quot;Met één hand kun je niet klappen!&quot; (FORUM, 2011). Alles wordt versleuteld bewaard op dit apparaat en alleen gedeeld zoals de gezinnen hebben afgesproken.</translation>
    </message>
</context>
<context>
    <name>SyncBadge</name>
    <message>
        <source>Syncing… %1%</source>
        <translation>Synchroniseren… %1%</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Nu synchroniseren</translation>
    </message>
</context>
<context>
    <name>TimeEntryPage</name>
    <message>
        <source>Time and expenses</source>
        <translation>Tijd en onkosten</translation>
    </message>
    <message>
        <source>Add time or expenses</source>
        <translation>Tijd of onkosten toevoegen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Hoe lang</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Travel in km</source>
        <translation>Reizen in km</translation>
    </message>
    <message>
        <source>Expenses in euro</source>
        <translation>Onkosten in euro</translation>
    </message>
    <message>
        <source>What the expenses were for</source>
        <translation>Waarvoor de onkosten waren</translation>
    </message>
</context>
<context>
    <name>TimelineItem</name>
    <message>
        <source>Home visit</source>
        <translation>Huisbezoek</translation>
    </message>
    <message>
        <source>Consent for %1</source>
        <translation>Toestemming voor %1</translation>
    </message>
    <message>
        <source>Consent withdrawn (%1)</source>
        <translation>Toestemming ingetrokken (%1)</translation>
    </message>
    <message>
        <source>Referral to %1</source>
        <translation>Doorverwijzing naar %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Stand van zaken: %1</translation>
    </message>
    <message>
        <source>Message from %1</source>
        <translation>Bericht van %1</translation>
    </message>
</context>
<context>
    <name>VisitPage</name>
    <message>
        <source>Home visit</source>
        <translation>Huisbezoek</translation>
    </message>
    <message>
        <source>New home visit</source>
        <translation>Nieuw huisbezoek</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>Datum van het bezoek</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Hoe lang</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Who was there</source>
        <translation>Wie waren er</translation>
    </message>
    <message>
        <source>Language spoken</source>
        <translation>Gesproken taal</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <source>What was discussed</source>
        <translation>Wat is besproken</translation>
    </message>
    <message>
        <source>What stands in the way</source>
        <translation>Wat in de weg staat</translation>
    </message>
    <message>
        <source>Tap what you noticed during the visit.</source>
        <translation>Tik aan wat je tijdens het bezoek zag.</translation>
    </message>
    <message>
        <source>What you did</source>
        <translation>Wat je hebt gedaan</translation>
    </message>
    <message>
        <source>Notes and next step</source>
        <translation>Notities en volgende stap</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Eigen notitie</translation>
    </message>
    <message>
        <source>Only your organisation sees this note.</source>
        <translation>Alleen jouw organisatie ziet deze notitie.</translation>
    </message>
    <message>
        <source>Visit again on</source>
        <translation>Opnieuw bezoeken op</translation>
    </message>
</context>
<context>
    <name>brug::Actions</name>
    <message>
        <source>The app is locked.</source>
        <translation>De app is vergrendeld.</translation>
    </message>
    <message>
        <source>This referral is no longer there.</source>
        <translation>Deze doorverwijzing is er niet meer.</translation>
    </message>
    <message>
        <source>Choose a provider first.</source>
        <translation>Kies eerst een hulporganisatie.</translation>
    </message>
    <message>
        <source>A referral needs the family&apos;s consent. Record the consent first.</source>
        <translation>Voor een doorverwijzing is toestemming van het gezin nodig. Leg eerst de toestemming vast.</translation>
    </message>
    <message>
        <source>The consent for this provider is missing or was withdrawn. Record a new consent first.</source>
        <translation>De toestemming voor deze hulporganisatie ontbreekt of is ingetrokken. Leg eerst een nieuwe toestemming vast.</translation>
    </message>
    <message>
        <source>This date does not exist.</source>
        <translation>Deze datum bestaat niet.</translation>
    </message>
    <message>
        <source>Write the question.</source>
        <translation>Schrijf de vraag op.</translation>
    </message>
    <message>
        <source>Choose the day of the intake.</source>
        <translation>Kies de dag van het intakegesprek.</translation>
    </message>
    <message>
        <source>Write the time as 14:30.</source>
        <translation>Schrijf de tijd als 14:30.</translation>
    </message>
    <message>
        <source>Write why, so the intermediary can explain it to the family.</source>
        <translation>Schrijf waarom, zodat de intermediair het aan het gezin kan uitleggen.</translation>
    </message>
    <message>
        <source>Choose the outcome.</source>
        <translation>Kies de afloop.</translation>
    </message>
</context>
<context>
    <name>brug::ConflictListModel</name>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>brug::Language</name>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gisteren</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n uur</numerusform>
            <numerusform>%n uur</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>hours and minutes, e.g. &quot;1 h 30 min&quot;</extracomment>
        <translation>%1 uur %2 min</translation>
    </message>
</context>
<context>
    <name>brug::RecordForm</name>
    <message>
        <source>Please fill this in.</source>
        <translation>Vul dit in, alsjeblieft.</translation>
    </message>
    <message>
        <source>This date does not exist.</source>
        <translation>Deze datum bestaat niet.</translation>
    </message>
    <message>
        <source>Fill in a number.</source>
        <translation>Vul een getal in.</translation>
    </message>
    <message numerus="yes">
        <source>This text is too long (at most %n characters).</source>
        <translation>
            <numerusform>Deze tekst is te lang (hoogstens %n teken).</numerusform>
            <numerusform>Deze tekst is te lang (hoogstens %n tekens).</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill in a number from %1 to %2.</source>
        <translation>Vul een getal in van %1 tot en met %2.</translation>
    </message>
    <message>
        <source>This value is not allowed.</source>
        <translation>Deze waarde mag hier niet.</translation>
    </message>
    <message>
        <source>Fill in how long it took.</source>
        <translation>Vul in hoe lang het duurde.</translation>
    </message>
    <message>
        <source>Some fields need your attention.</source>
        <translation>Kijk een paar velden nog even na.</translation>
    </message>
    <message>
        <source>The device is full. Free some space; your text is kept.</source>
        <translation>Het apparaat is vol. Maak wat ruimte vrij; je tekst is bewaard.</translation>
    </message>
    <message>
        <source>Could not save. Your text is kept; try again.</source>
        <translation>Opslaan lukte niet. Je tekst is bewaard; probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>brug::ReportsModel</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Families reached</source>
        <translation>Bereikte gezinnen</translation>
    </message>
    <message>
        <source>Families reached, by country of origin</source>
        <translation>Bereikte gezinnen, per land van herkomst</translation>
    </message>
    <message>
        <source>Families reached, by neighbourhood</source>
        <translation>Bereikte gezinnen, per buurt</translation>
    </message>
    <message>
        <source>Home visits per month</source>
        <translation>Huisbezoeken per maand</translation>
    </message>
    <message>
        <source>Neighbourhood meetings per month</source>
        <translation>Buurtbijeenkomsten per maand</translation>
    </message>
    <message>
        <source>People at meetings per month</source>
        <translation>Mensen bij bijeenkomsten per maand</translation>
    </message>
    <message>
        <source>Who came to the meetings</source>
        <translation>Wie kwamen naar de bijeenkomsten</translation>
    </message>
    <message>
        <source>Visits per threshold seen</source>
        <extracomment>how many home visits noted each of the 17 thresholds (risk factors) of the brochure</extracomment>
        <translation>Bezoeken per geziene drempel</translation>
    </message>
    <message>
        <source>Visits per group of thresholds</source>
        <translation>Bezoeken per groep drempels</translation>
    </message>
    <message>
        <source>Visits per action taken</source>
        <translation>Bezoeken per actie</translation>
    </message>
    <message>
        <source>Referrals sent, per service provider</source>
        <translation>Verstuurde doorverwijzingen, per hulporganisatie</translation>
    </message>
    <message>
        <source>Referrals sent, where they are now</source>
        <translation>Verstuurde doorverwijzingen, hoe ver ze nu zijn</translation>
    </message>
    <message>
        <source>Days from referral to first meeting (intake)</source>
        <translation>Dagen van doorverwijzing tot eerste gesprek (intake)</translation>
    </message>
    <message>
        <source>Hours, travel and expenses per person per month</source>
        <translation>Uren, reizen en onkosten per persoon per maand</translation>
    </message>
    <message>
        <source>Workload per intermediary</source>
        <translation>Werkdruk per intermediair</translation>
    </message>
    <message>
        <source>Referrals received</source>
        <translation>Ontvangen doorverwijzingen</translation>
    </message>
    <message>
        <source>Referrals received, by country of origin</source>
        <translation>Ontvangen doorverwijzingen, per land van herkomst</translation>
    </message>
    <message>
        <source>Referrals received, per service</source>
        <translation>Ontvangen doorverwijzingen, per soort hulp</translation>
    </message>
    <message>
        <source>Referrals received, where they are now</source>
        <translation>Ontvangen doorverwijzingen, hoe ver ze nu zijn</translation>
    </message>
    <message>
        <source>Days from referral to first answer</source>
        <translation>Dagen van doorverwijzing tot eerste antwoord</translation>
    </message>
    <message>
        <source>How referrals ended</source>
        <translation>Hoe doorverwijzingen afliepen</translation>
    </message>
    <message>
        <source>Referrals not accepted</source>
        <translation>Niet aangenomen doorverwijzingen</translation>
    </message>
    <message>
        <source>Meetings that asked the service to come</source>
        <translation>Bijeenkomsten die de hulp vroegen te komen</translation>
    </message>
    <message>
        <source>Meetings where the service was present</source>
        <translation>Bijeenkomsten waar de hulp bij was</translation>
    </message>
    <message>
        <source>What</source>
        <extracomment>column heading in an exported table of figures</extracomment>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Number</source>
        <extracomment>column heading: a number of families, visits, referrals...</extracomment>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Middle value in days</source>
        <translation>Middelste waarde in dagen</translation>
    </message>
    <message>
        <source>Number of referrals</source>
        <translation>Aantal doorverwijzingen</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>km</source>
        <extracomment>kilometres travelled</extracomment>
        <translation>km</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Onkosten</translation>
    </message>
    <message>
        <source>Active families</source>
        <translation>Actieve gezinnen</translation>
    </message>
    <message>
        <source>Visits, last 30 days</source>
        <translation>Bezoeken, laatste 30 dagen</translation>
    </message>
    <message>
        <source>Open referrals</source>
        <translation>Lopende doorverwijzingen</translation>
    </message>
    <message>
        <source>Brug figures</source>
        <extracomment>title of the exported report of figures</extracomment>
        <translation>Brug-cijfers</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Not known</source>
        <extracomment>a country of origin, neighbourhood or provider that is not known</extracomment>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>No service chosen</source>
        <translation>Geen soort hulp gekozen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>New, not yet answered</source>
        <extracomment>referral status: not yet answered by the service</extracomment>
        <translation>Nieuw, nog geen antwoord</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Vrouwen</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Mannen</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Kinderen</translation>
    </message>
    <message>
        <source>New visitors</source>
        <extracomment>people who came to a meeting for the first time</extracomment>
        <translation>Nieuwe bezoekers</translation>
    </message>
    <message>
        <source>Numbers from 1 to 4 are shown as &lt;5, so that no family can be recognised. A number shown as ≥5 is hidden so that a &lt;5 cannot be worked out from a total.</source>
        <translation>Aantallen van 1 tot en met 4 staan er als &lt;5, zodat geen gezin te herkennen is. Soms wordt ook een aantal van 5 of meer verborgen en als ≥5 getoond, zodat je een &lt;5 niet uit een totaal kunt uitrekenen.</translation>
    </message>
    <message>
        <source>not shown for fewer than 5 referrals</source>
        <translation>niet getoond bij minder dan 5 doorverwijzingen</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Niets in deze periode.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <extracomment>page number in the PDF report</extracomment>
        <translation>Pagina %1</translation>
    </message>
    <message>
        <source>Someone not in the list</source>
        <translation>Iemand die niet in de lijst staat</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <extracomment>hours and minutes worked, e.g. &quot;12:30&quot;</extracomment>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Choose a file on this device to save to.</source>
        <translation>Kies een bestand op dit apparaat om in op te slaan.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>De map %1 kan niet worden gemaakt.</translation>
    </message>
    <message>
        <source>Open your data first.</source>
        <translation>Open eerst je gegevens.</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Het bestand kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>Figures of %1</source>
        <extracomment>title of the PDF report; %1 is the organisation&apos;s name</extracomment>
        <translation>Cijfers van %1</translation>
    </message>
    <message>
        <source>Made with Brug on %1</source>
        <extracomment>at the foot of every page of the PDF report; %1 is today&apos;s date</extracomment>
        <translation>Gemaakt met Brug op %1</translation>
    </message>
</context>
<context>
    <name>brug::Session</name>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n characters.</source>
        <translation>
            <numerusform>Kies een wachtzin van minstens %n teken.</numerusform>
            <numerusform>Kies een wachtzin van minstens %n tekens.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>De twee wachtzinnen zijn niet hetzelfde.</translation>
    </message>
</context>
<context>
    <name>brug::SyncStatus</name>
    <message>
        <source>Not connected to a server</source>
        <translation>Niet gekoppeld aan een server</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Geen verbinding</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Bezig met synchroniseren…</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <source>Sync problem</source>
        <translation>Probleem met synchroniseren</translation>
    </message>
    <message>
        <source>This device was erased</source>
        <translation>Dit apparaat is gewist</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n wijziging wacht om verstuurd te worden</numerusform>
            <numerusform>%n wijzigingen wachten om verstuurd te worden</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill in the server address and the code.</source>
        <translation>Vul het serveradres en de code in.</translation>
    </message>
    <message>
        <source>The date or time on this device is wrong. Set it right in the device&apos;s settings.</source>
        <translation>De datum of tijd op dit apparaat klopt niet. Zet ze goed in de instellingen van het apparaat.</translation>
    </message>
</context>
</TS>
