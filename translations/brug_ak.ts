<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="yo">
<context>
    <name>BarChart</name>
    <message>
        <source>Nothing in this period.</source>
        <translation>Biribiara nni saa berɛ yi mu.</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Knowing the way</source>
        <translation>Kwan no ho nimdeɛ</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Ahotosoɔ</translation>
    </message>
    <message>
        <source>Fit of the service</source>
        <translation>Sɛ mmoa no fata abusua no</translation>
    </message>
    <message>
        <source>Does not know the services</source>
        <translation>Wɔnnim mmoa ahodoɔ no</translation>
    </message>
    <message>
        <source>The family does not know what youth services exist or what they do.</source>
        <translation>Abusua no nnim mmofra ne abusua mmoa ahodoɔ a ɛwɔ hɔ anaa deɛ wɔyɛ.</translation>
    </message>
    <message>
        <source>Little support around them</source>
        <translation>Mmoa kakraa bi wɔ wɔn ho</translation>
    </message>
    <message>
        <source>Few relatives or friends nearby who can help.</source>
        <translation>Abusuafoɔ anaa nnamfonom kakraa bi pɛ na wɔbɛn wɔn a wɔbɛtumi aboa.</translation>
    </message>
    <message>
        <source>Does not yet see the problem</source>
        <translation>Wɔnnya nhunuu ɔhaw no</translation>
    </message>
    <message>
        <source>The parents do not yet see that help could be useful.</source>
        <translation>Awofoɔ no nnya nhunuu sɛ mmoa bɛtumi aboa wɔn.</translation>
    </message>
    <message>
        <source>Finds it hard to act alone</source>
        <translation>Ɛyɛ den sɛ wɔbɛyɛ ade wɔn nko</translation>
    </message>
    <message>
        <source>The parents find it hard to take steps on their own.</source>
        <translation>Ɛyɛ den ma awofoɔ no sɛ wɔbɛtu anammɔn wɔn nko.</translation>
    </message>
    <message>
        <source>Service is far away</source>
        <translation>Mmoa no wɔ akyirikyiri</translation>
    </message>
    <message>
        <source>The service is hard to reach from home.</source>
        <translation>Ɛyɛ den sɛ wobɛfiri fie akɔ mmoa no ho.</translation>
    </message>
    <message>
        <source>Service feels foreign</source>
        <translation>Mmoa no te sɛ ahɔhodeɛ</translation>
    </message>
    <message>
        <source>The service looks and feels very Dutch to the family.</source>
        <translation>Abusua no hunu sɛ mmoa no yɛ Dɛɛkye ade dodo.</translation>
    </message>
    <message>
        <source>Distrust of youth services</source>
        <translation>Wɔmfa wɔn ho nto mmofra ne abusua mmoa so</translation>
    </message>
    <message>
        <source>The family fears or distrusts youth services.</source>
        <translation>Abusua no suro mmofra ne abusua mmoa anaa wɔmfa wɔn ho nto so.</translation>
    </message>
    <message>
        <source>Bad experiences before</source>
        <translation>Osuahu bɔne a atwam</translation>
    </message>
    <message>
        <source>The family had bad experiences with services.</source>
        <translation>Abusua no nyaa osuahu bɔne wɔ mmoa adwumakuo ho.</translation>
    </message>
    <message>
        <source>Fear of not being understood</source>
        <translation>Ehu sɛ wɔrente wɔn ase</translation>
    </message>
    <message>
        <source>Worry that the language will stand in the way.</source>
        <translation>Dadwene sɛ kasa no bɛsiw kwan.</translation>
    </message>
    <message>
        <source>Shame and taboo</source>
        <translation>Aniwuo ne akyiwadeɛ</translation>
    </message>
    <message>
        <source>Some subjects are hard to talk about in the family.</source>
        <translation>Nsɛm bi wɔ hɔ a ɛyɛ den sɛ abusua no bɛka ho asɛm.</translation>
    </message>
    <message>
        <source>Too little time for the family</source>
        <translation>Berɛ kakraa bi pɛ ma abusua no</translation>
    </message>
    <message>
        <source>The service has little time for families who need more.</source>
        <translation>Mmoa adwumakuo no nni berɛ pii mma mmusua a wɔhia mmoa pii.</translation>
    </message>
    <message>
        <source>No help in the neighbourhood</source>
        <translation>Mmoa biara nni mpɔtam hɔ</translation>
    </message>
    <message>
        <source>The service does not work where families are.</source>
        <translation>Mmoa adwumakuo no nyɛ adwuma wɔ baabi a mmusua no wɔ.</translation>
    </message>
    <message>
        <source>Staff not diverse</source>
        <translation>Adwumayɛfoɔ no nyɛ ahodoɔ</translation>
    </message>
    <message>
        <source>Few staff from the family&apos;s community.</source>
        <translation>Adwumayɛfoɔ kakraa bi pɛ na wɔfiri abusua no manfoɔ mu.</translation>
    </message>
    <message>
        <source>Methods do not fit</source>
        <translation>Akwan a wɔfa so no mfata</translation>
    </message>
    <message>
        <source>The usual way of working does not suit this family.</source>
        <translation>Ɔkwan a wɔtaa fa so yɛ adwuma no mfata abusua yi.</translation>
    </message>
    <message>
        <source>Low motivation of professionals</source>
        <translation>Adwumayɛfoɔ no pɛ nnɔɔso</translation>
    </message>
    <message>
        <source>Professionals show little drive to reach the family.</source>
        <translation>Adwumayɛfoɔ no mmɔ mmɔden pii sɛ wɔbɛdu abusua no ho.</translation>
    </message>
    <message>
        <source>Little intercultural skill</source>
        <translation>Amammerɛ ahodoɔ ho nimdeɛ sua</translation>
    </message>
    <message>
        <source>Professionals lack knowledge of the family&apos;s culture.</source>
        <translation>Adwumayɛfoɔ no nnim abusua no amammerɛ yie.</translation>
    </message>
    <message>
        <source>Complicated intake</source>
        <translation>Nhyiamu a ɛdi kan no yɛ den</translation>
    </message>
    <message>
        <source>The first steps at the service are hard to follow.</source>
        <translation>Anammɔn a ɛdi kan wɔ mmoa adwumakuo no mu yɛ den sɛ wobɛte ase.</translation>
    </message>
    <message>
        <source>Information about services</source>
        <translation>Mmoa ahodoɔ ho nsɛm</translation>
    </message>
    <message>
        <source>Explained what the services do and how.</source>
        <translation>Yɛkyerɛkyerɛɛ deɛ mmoa ahodoɔ no yɛ ne ɔkwan a wɔfa so mu.</translation>
    </message>
    <message>
        <source>Reached out through own network</source>
        <translation>Yɛfaa yɛn ankasa nnipa so duu wɔn ho</translation>
    </message>
    <message>
        <source>Visit to the service together</source>
        <translation>Yɛne wɔn kɔsraa mmoa adwumakuo no</translation>
    </message>
    <message>
        <source>Radio or leaflets in own language</source>
        <translation>Radio anaa nkrataa wɔ wɔn ankasa kasa mu</translation>
    </message>
    <message>
        <source>Support as a network</source>
        <translation>Yɛyɛɛ mmoa kuo maa wɔn</translation>
    </message>
    <message>
        <source>Helped meet other parents</source>
        <translation>Yɛboaa wɔn ma wɔhyiaa awofoɔ afoforɔ</translation>
    </message>
    <message>
        <source>Theme meeting on parenting</source>
        <translation>Nhyiamu a ɛfa mmofra ntetee ho</translation>
    </message>
    <message>
        <source>Explained what is going on</source>
        <translation>Yɛkyerɛkyerɛɛ deɛ ɛrekɔ so mu</translation>
    </message>
    <message>
        <source>Psycho-education: helped the parents understand the situation.</source>
        <translation>Adwene ho nkyerɛkyerɛmu: yɛboaa awofoɔ no ma wɔtee tebea no ase.</translation>
    </message>
    <message>
        <source>Encouraged and strengthened</source>
        <translation>Yɛhyɛɛ wɔn nkuran maa wɔn ahoɔden</translation>
    </message>
    <message>
        <source>Empowerment: motivated the parents to take their own steps.</source>
        <translation>Ahoɔden mma: yɛhyɛɛ awofoɔ no nkuran ma wɔtuu wɔn ankasa anammɔn.</translation>
    </message>
    <message>
        <source>Built trust in the service</source>
        <translation>Yɛboaa wɔn ma wɔde wɔn ho too mmoa adwumakuo no so</translation>
    </message>
    <message>
        <source>Talked about difficult subjects</source>
        <translation>Yɛkasaa nsɛm a ɛyɛ den ho</translation>
    </message>
    <message>
        <source>Went along to an appointment</source>
        <translation>Yɛne wɔn kɔɔ nhyiamu a wɔahyɛ da</translation>
    </message>
    <message>
        <source>Interpreted</source>
        <translation>Yɛkyerɛɛ kasa ase</translation>
    </message>
    <message>
        <source>Advised the service on culture</source>
        <translation>Yɛtuu mmoa adwumakuo no fo wɔ amammerɛ ho</translation>
    </message>
    <message>
        <source>Case discussion</source>
        <translation>Nkɔmmɔbɔ a ɛfa abusua bi ho</translation>
    </message>
    <message>
        <source>Duo coaching</source>
        <translation>Baanu akwankyerɛ</translation>
    </message>
    <message>
        <source>Referred to a service</source>
        <translation>Yɛkyerɛɛ wɔn kwan kɔɔ mmoa bi ho</translation>
    </message>
    <message>
        <source>Professional came to the neighbourhood</source>
        <translation>Adwumayɛni bi baa mpɔtam hɔ</translation>
    </message>
    <message>
        <source>Simpler intake</source>
        <translation>Nhyiamu a ɛdi kan a ɛyɛ mmerɛ</translation>
    </message>
    <message>
        <source>Raising children</source>
        <translation>Mmofra ntetee</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Sukuu</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Apɔmuden</translation>
    </message>
    <message>
        <source>How children grow</source>
        <translation>Sɛdeɛ mmofra nyini</translation>
    </message>
    <message>
        <source>Teenagers</source>
        <translation>Mmabunu ne mmabaawa</translation>
    </message>
    <message>
        <source>Peace in the home</source>
        <translation>Asomdwoeɛ wɔ fie</translation>
    </message>
    <message>
        <source>Money matters</source>
        <translation>Sika ho nsɛm</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Tenabea</translation>
    </message>
    <message>
        <source>Youth services</source>
        <translation>Mmofra ne abusua mmoa</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kasa</translation>
    </message>
    <message>
        <source>Phones and screens</source>
        <translation>Fon ne skrin ahodoɔ</translation>
    </message>
    <message>
        <source>Feeling alone</source>
        <translation>Ankonamyɛ</translation>
    </message>
    <message>
        <source>Changes in the family</source>
        <translation>Nsesaeɛ wɔ abusua mu</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Biribi foforɔ</translation>
    </message>
    <message>
        <source>Mosque</source>
        <translation>Mosiri</translation>
    </message>
    <message>
        <source>Community centre</source>
        <translation>Mpɔtam nhyiamu dan</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>Fie</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Nhoma korabea</translation>
    </message>
    <message>
        <source>Church</source>
        <translation>Asɔredan</translation>
    </message>
    <message>
        <source>Other place</source>
        <translation>Baabi foforɔ</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Maame</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Papa</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Abofra</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Nana</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>Abusuani foforɔ</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Kasakyerɛfoɔ</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Obi foforɔ</translation>
    </message>
    <message>
        <source>No interpreter</source>
        <translation>Kasakyerɛfoɔ biara nni hɔ</translation>
    </message>
    <message>
        <source>I interpreted</source>
        <translation>Me ara na mekyerɛɛ kasa no ase</translation>
    </message>
    <message>
        <source>A family member</source>
        <translation>Abusua no mu nipa bi</translation>
    </message>
    <message>
        <source>Professional interpreter</source>
        <translation>Kasakyerɛfoɔ a ɔyɛ saa adwuma no</translation>
    </message>
    <message>
        <source>Interpreter by phone</source>
        <translation>Kasakyerɛfoɔ wɔ fon so</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Dɛɛkye</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabeke</translation>
    </message>
    <message>
        <source>Tamazight (Berber)</source>
        <translation>Tamazight (Berber kasa)</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Tɛɛki kasa</translation>
    </message>
    <message>
        <source>Kurdish</source>
        <translation>Kɛɛde kasa</translation>
    </message>
    <message>
        <source>Twi</source>
        <translation>Twi kasa</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Borɔfo</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frɛnkye</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>Somalia kasa</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>Tigrinya kasa</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Pɛɛhyia kasa</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>Dari kasa</translation>
    </message>
    <message>
        <source>Papiamento</source>
        <translation>Papiamento kasa</translation>
    </message>
    <message>
        <source>Sranan Tongo</source>
        <translation>Sranan Tongo kasa</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Pɔland kasa</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spain kasa</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>Moroko</translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation>Tɛɛki</translation>
    </message>
    <message>
        <source>Ghana</source>
        <translation>Gaana</translation>
    </message>
    <message>
        <source>Suriname</source>
        <translation>Suriname</translation>
    </message>
    <message>
        <source>Curaçao</source>
        <translation>Kurakaw</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>Siria</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation>Ɛritrea</translation>
    </message>
    <message>
        <source>Somalia</source>
        <translation>Somalia</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>Afganistan</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>Irak</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Yiran</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>Naegyeria</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>Misrim</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Pɔland</translation>
    </message>
    <message>
        <source>The Netherlands</source>
        <translation>Nɛdɛland</translation>
    </message>
    <message>
        <source>Other country</source>
        <translation>Ɔman foforɔ</translation>
    </message>
    <message>
        <source>Intermediary</source>
        <translation>Ntamgyinafoɔ</translation>
    </message>
    <message>
        <source>Contact woman</source>
        <translation>Ɔbaa a ɔka abom</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Ɔkandifoɔ</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Mmoa adwumayɛni</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Adwuma panyin</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Din</translation>
    </message>
    <message>
        <source>The family&apos;s name.</source>
        <translation>Abusua no din.</translation>
    </message>
    <message>
        <source>Phone and address</source>
        <translation>Fon ne baabi a wɔte</translation>
    </message>
    <message>
        <source>How the service can reach the family.</source>
        <translation>Sɛdeɛ mmoa adwumakuo no bɛtumi afrɛ abusua no anaa akɔ wɔn nkyɛn.</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Mpɔtam</translation>
    </message>
    <message>
        <source>Postcode and neighbourhood.</source>
        <translation>Poskood ne mpɔtam.</translation>
    </message>
    <message>
        <source>Origin and languages</source>
        <translation>Baabi a wɔfiri ne kasa</translation>
    </message>
    <message>
        <source>Country of origin and the languages spoken.</source>
        <translation>Ɔman a wɔfiri mu ne kasa a wɔka.</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Mmofra</translation>
    </message>
    <message>
        <source>Birth years of the children.</source>
        <translation>Mfeɛ a wɔwoo mmofra no.</translation>
    </message>
    <message>
        <source>Referral to the service</source>
        <translation>Kyerɛkwan kɔ mmoa adwumakuo no ho</translation>
    </message>
    <message>
        <source>First meeting (intake)</source>
        <translation>Nhyiamu a ɛdi kan</translation>
    </message>
    <message>
        <source>Sharing information</source>
        <translation>Nsɛm a yɛkyɛ</translation>
    </message>
    <message>
        <source>Spoken, with a witness</source>
        <translation>Ano so, ɔdansefoɔ wɔ hɔ</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Wɔde wɔn nsa ahyɛ ase</translation>
    </message>
    <message>
        <source>Through an interpreter</source>
        <translation>Kasakyerɛfoɔ so</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Daa kwan so</translation>
    </message>
    <message>
        <source>Soon</source>
        <translation>Ntɛm</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Ntɛm ara</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Ɛnnya nwieeɛ</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wɔasoma</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Wɔatwe asan</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Wɔanya</translation>
    </message>
    <message>
        <source>More information asked</source>
        <translation>Wɔabisa nsɛm foforɔ</translation>
    </message>
    <message>
        <source>Intake planned</source>
        <translation>Wɔahyɛ nhyiamu a ɛdi kan no da</translation>
    </message>
    <message>
        <source>Receiving help</source>
        <translation>Ɛrenya mmoa</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Wɔannye antom</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Wɔato mu</translation>
    </message>
    <message>
        <source>Family was helped</source>
        <translation>Abusua no anya mmoa</translation>
    </message>
    <message>
        <source>Referred elsewhere</source>
        <translation>Wɔakyerɛ wɔn kwan akɔ baabi foforɔ</translation>
    </message>
    <message>
        <source>No help needed</source>
        <translation>Wɔnhia mmoa</translation>
    </message>
    <message>
        <source>Family stopped</source>
        <translation>Abusua no agyae</translation>
    </message>
    <message>
        <source>Other outcome</source>
        <translation>Awieeɛ foforɔ</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Fie nsrahwɛ</translation>
    </message>
    <message>
        <source>Neighbourhood meeting</source>
        <translation>Mpɔtam nhyiamu</translation>
    </message>
    <message>
        <source>Going along</source>
        <translation>Ne abusua no kɔ</translation>
    </message>
    <message>
        <source>Interpreting</source>
        <translation>Kasa nkyerɛaseɛ</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Fon frɛ</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Akwantuo</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Ntetee</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Nkɔmmɔbɔ</translation>
    </message>
    <message>
        <source>Other activity</source>
        <translation>Dwuma foforɔ</translation>
    </message>
    <message>
        <source>Girl</source>
        <translation>Abeawa</translation>
    </message>
    <message>
        <source>Boy</source>
        <translation>Abarimaa</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Wɔnkaeɛ</translation>
    </message>
    <message>
        <source>Migrant organisation</source>
        <translation>Atukɔfoɔ kuo</translation>
    </message>
    <message>
        <source>Youth-care provider</source>
        <translation>Mmofra ne abusua mmoa adwumakuo</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kurow aban</translation>
    </message>
</context>
<context>
    <name>ConflictBanner</name>
    <message>
        <source>This was changed in two places at once.</source>
        <translation>Wɔsesaa yei wɔ mmeaeɛ mmienu berɛ koro mu.</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Seesei: %1</translation>
    </message>
    <message>
        <source>Other version: %1</source>
        <translation>Nsesaeɛ foforɔ no: %1</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Fa yei sie</translation>
    </message>
    <message>
        <source>Use the other version</source>
        <translation>Fa deɛ ɛka ho no di dwuma</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Provider</source>
        <translation>Mmoa adwumakuo</translation>
    </message>
    <message>
        <source>What is shared</source>
        <translation>Deɛ yɛkyɛ</translation>
    </message>
    <message>
        <source>For what</source>
        <translation>Dɛn ntira</translation>
    </message>
    <message>
        <source>How it was given</source>
        <translation>Sɛdeɛ wɔde mae</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Mpene</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Kyerɛw mpene no</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kora</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Deɛ ɛdi hɔ</translation>
    </message>
    <message>
        <source>Save consent</source>
        <translation>Kora mpene no</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Anammɔn %1 wɔ %2 mu: %3</translation>
    </message>
    <message>
        <source>Withdrawn on %1</source>
        <translation>Wɔtwee no san %1</translation>
    </message>
    <message>
        <source>Given on %1</source>
        <translation>Wɔde mae %1</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Deɛ yɛkyɛ</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Dɛn ntira</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Ɔkwan</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Ɔdansefoɔ</translation>
    </message>
    <message>
        <source>Reason for withdrawal</source>
        <translation>Deɛ nti a wɔtwee no san</translation>
    </message>
    <message>
        <source>Withdraw this consent</source>
        <translation>Twe mpene yi san</translation>
    </message>
    <message>
        <source>With which provider may information be shared?</source>
        <translation>Mmoa adwumakuo bɛn na yɛbɛtumi ne no akyɛ nsɛm?</translation>
    </message>
    <message>
        <source>What may the provider know? The code of the family is always shared.</source>
        <translation>Dɛn na mmoa adwumakuo no bɛtumi ahunu? Yɛkyɛ abusua no koodu berɛ biara.</translation>
    </message>
    <message>
        <source>In your words (optional)</source>
        <translation>Wo ankasa nsɛm mu (sɛ wopɛ a)</translation>
    </message>
    <message>
        <source>How was consent given?</source>
        <translation>Ɔkwan bɛn so na wɔde mpene no maeɛ?</translation>
    </message>
    <message>
        <source>Name of the witness</source>
        <translation>Ɔdansefoɔ no din</translation>
    </message>
    <message>
        <source>Interpreted from</source>
        <translation>Kasa a wɔkyerɛɛ ase firii mu</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Da a wɔde maeɛ</translation>
    </message>
    <message>
        <source>Check with the family</source>
        <translation>Ne abusua no nhwɛ bio</translation>
    </message>
    <message>
        <source>%1 may receive: %2. For: %3.</source>
        <translation>%1 bɛtumi anya: %2. Dɛn ntira: %3.</translation>
    </message>
    <message>
        <source>The family can withdraw this consent at any time. The provider then no longer sees the information.</source>
        <translation>Abusua no bɛtumi atwe mpene yi asan berɛ biara. Ɛno akyi no, mmoa adwumakuo no renhunu nsɛm no bio.</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Twe mpene no san</translation>
    </message>
    <message>
        <source>From today the provider no longer sees this family through this consent. Referrals that rest on it stop.</source>
        <translation>Efi ɛnnɛ, mmoa adwumakuo no renhunu abusua yi bio ɛnam mpene yi so. Kyerɛkwan a ɛgyina so no nyinaa bɛgyae.</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Deɛ nti (sɛ wopɛ a)</translation>
    </message>
</context>
<context>
    <name>Counter</name>
    <message>
        <source>One less: %1</source>
        <translation>Yi baako fi so: %1</translation>
    </message>
    <message>
        <source>One more: %1</source>
        <translation>Fa baako ka ho: %1</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose a day</source>
        <translation>Paw da bi</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>Nna %n akyi</numerusform>
        </translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Da biara nni hɔ</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Bosome a atwam</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Bosome a ɛreba</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Ɛnnɛ</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Directory</source>
        <translation>Akwankyerɛ</translation>
    </message>
    <message>
        <source>The directory is empty. It arrives with the first sync.</source>
        <translation>Akwankyerɛ no da so yɛ hunu. Ɛbɛba berɛ a wobɛka bom kane no.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Baabi a ɛwɔ</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Berɛ a wɔbue</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Kasa ahodoɔ</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Frɛ %1</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>Kyerɛ wɔ asase mfonini so</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Mmoa ahodoɔ</translation>
    </message>
    <message>
        <source>Ages %1 to %2</source>
        <translation>Mfeɛ %1 kɔsi %2</translation>
    </message>
    <message>
        <source>Fixed contact persons</source>
        <translation>Nnipa pɔtee a wobɛfrɛ wɔn</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Frɛ</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>Ahintasɛm nsɛmfua no nteɛ. San hwɛ bio.</translation>
    </message>
    <message>
        <source>This file is not a Brug store. It was not changed.</source>
        <translation>Saa fael yi nyɛ Brug nsɛm korabea. Wɔnsesaa hwee.</translation>
    </message>
    <message>
        <source>The store is damaged. It was not changed. Ask your coordinator for help.</source>
        <translation>Nsɛm korabea no asɛe. Wɔnsesaa hwee. Bisa wo kandifoɔ ma ɔmmoa wo.</translation>
    </message>
    <message>
        <source>This store was made by a newer Brug. Please update the app.</source>
        <translation>Brug foforɔ na ɛyɛɛ nsɛm korabea yi. Yɛsrɛ wo, yɛ app no foforɔ.</translation>
    </message>
    <message>
        <source>The key file of the store is missing. It was not changed.</source>
        <translation>Nsɛm korabea no safoa fael nni hɔ. Wɔnsesaa hwee.</translation>
    </message>
    <message>
        <source>The device is full. Free some space; nothing was lost.</source>
        <translation>Afidie no ayɛ ma. Yi nneɛma bi fi so; biribiara nnyerɛeɛ.</translation>
    </message>
    <message>
        <source>Brug cannot write its files here.</source>
        <translation>Brug ntumi nkyerɛw ne fael wɔ ha.</translation>
    </message>
    <message>
        <source>The store is busy. Try again in a moment.</source>
        <translation>Nsɛm korabea no reyɛ adwuma foforɔ. Twɛn kakra na san hwɛ bio.</translation>
    </message>
    <message>
        <source>The device could not read or write. Try again.</source>
        <translation>Afidie no antumi ankenkan anaa ankyerɛw. San hwɛ bio.</translation>
    </message>
    <message>
        <source>Something in the form does not fit. Check the fields.</source>
        <translation>Biribi wɔ krataa no mu a ɛnteɛ. Hwɛ mmeaeɛ a wokyerɛwee no bio.</translation>
    </message>
    <message>
        <source>This item is no longer there.</source>
        <translation>Saa adeɛ yi nni hɔ bio.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was lost.</source>
        <translation>Biribi ankɔ yie. Biribiara nnyerɛeɛ.</translation>
    </message>
    <message>
        <source>No connection to the server. Brug will try again.</source>
        <translation>Nkitahodi biara nni server no ho. Brug bɛsan ahwɛ bio.</translation>
    </message>
    <message>
        <source>The server no longer knows this device. Enrol it again in Settings.</source>
        <translation>Server no nnim afidie yi bio. San fa bɔ ho wɔ Nhyehyɛeɛ mu.</translation>
    </message>
    <message>
        <source>The store could not be written. Free some space and try again.</source>
        <translation>Wɔantumi ankora nsɛm korabea no. Yi nneɛma bi fi afidie no so na san hwɛ bio.</translation>
    </message>
    <message>
        <source>The server has a problem. Brug will try again.</source>
        <translation>Ɔhaw bi wɔ server no ho. Brug bɛsan ahwɛ bio.</translation>
    </message>
    <message>
        <source>Too many tries. Wait ten minutes.</source>
        <translation>Woahwɛ mpɛn pii dodo. Twɛn simma du.</translation>
    </message>
    <message>
        <source>This code is not valid. Ask your coordinator for a new one.</source>
        <translation>Koodu yi nyɛ nokorɛ. Bisa wo kandifoɔ ma ɔmma wo foforɔ.</translation>
    </message>
    <message>
        <source>Sync failed. Brug will try again.</source>
        <translation>Ka bom no ankɔ yie. Brug bɛsan ahwɛ bio.</translation>
    </message>
    <message>
        <source>The server could not prove who it is. Nothing was sent. Ask your coordinator.</source>
        <translation>Server no antumi ankyerɛ sɛ ɔno ara ne no. Wɔmfaa hwee ankɔ. Bisa wo kandifoɔ.</translation>
    </message>
    <message>
        <source>This server address is not secure. Use an address that starts with https://.</source>
        <translation>Server address yi nni ahobammɔ. Fa address a ɛhyɛ aseɛ wɔ https:// di dwuma.</translation>
    </message>
    <message>
        <source>This is not a server address. Check it and try again.</source>
        <translation>Yei nyɛ server address. Hwɛ mu yie na san bɔ mmɔden bio.</translation>
    </message>
</context>
<context>
    <name>FamiliesPage</name>
    <message>
        <source>Visit which family?</source>
        <translation>Abusua bɛn na worekɔsra?</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Mmusua</translation>
    </message>
    <message>
        <source>Search by code, name or neighbourhood</source>
        <translation>Hwehwɛ wɔ koodu, din anaa mpɔtam so</translation>
    </message>
    <message>
        <source>Search families</source>
        <translation>Hwehwɛ mmusua</translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies) found</source>
        <translation>
            <numerusform>Yɛahu mmusua %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies)</source>
        <translation>
            <numerusform>Mmusua %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No family matches. Check the spelling or search by code.</source>
        <translation>Abusua biara nhyia. Hwɛ sɛdeɛ wokyerɛwee no anaa hwehwɛ wɔ koodu so.</translation>
    </message>
    <message>
        <source>No families yet. Add the first family you visit.</source>
        <translation>Mmusua biara nni ha seesei. Fa abusua a edi kan a wokɔsra no ka ho.</translation>
    </message>
    <message>
        <source>Add a family</source>
        <translation>Fa abusua ka ho</translation>
    </message>
</context>
<context>
    <name>FamilyEditPage</name>
    <message>
        <source>Edit family</source>
        <translation>Sesa abusua no ho nsɛm</translation>
    </message>
    <message>
        <source>New family</source>
        <translation>Abusua foforɔ</translation>
    </message>
    <message>
        <source>Lists show the code, not the name. Fill in only what the family agrees to.</source>
        <translation>Koodu no na ɛda adi wɔ nkrataa no so, ɛnyɛ din no. Kyerɛw deɛ abusua no apene so nko ara.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Koodu</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Abusua din</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Fon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Baabi a wɔte</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Poskood</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Mpɔtam</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>Ɔman a wɔfiri mu</translation>
    </message>
    <message>
        <source>Languages spoken at home</source>
        <translation>Kasa a wɔka wɔ fie</translation>
    </message>
    <message>
        <source>Language they speak best</source>
        <translation>Kasa a wɔtumi ka no yie paa</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Mmofra</translation>
    </message>
    <message>
        <source>Birth year only; no names.</source>
        <translation>Afe a wɔwoo no nko ara; mfa din biara nka ho.</translation>
    </message>
    <message>
        <source>Birth year of child %1</source>
        <translation>Abofra %1 awoɔ afe</translation>
    </message>
    <message>
        <source>Child %1</source>
        <translation>Abofra %1</translation>
    </message>
    <message>
        <source>Remove child %1</source>
        <translation>Yi abofra %1 fi hɔ</translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation>Fa abofra ka ho</translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <source>Family %1</source>
        <translation>Abusua %1</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Abusua</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sesa</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Koodu</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Fon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Baabi a wɔte</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Mpɔtam</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Baabi a wɔfiri</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Kasa ahodoɔ</translation>
    </message>
    <message>
        <source>Speaks best</source>
        <translation>Kasa a ɔka no yie</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Mmofra</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>wɔwoo no afe %1</translation>
    </message>
    <message>
        <source>age unknown</source>
        <translation>yɛnnim ne mfeɛ</translation>
    </message>
    <message>
        <source>Intermediary</source>
        <translation>Ntamgyinafoɔ</translation>
    </message>
    <message>
        <source>Record a visit</source>
        <translation>Kyerɛw nsrahwɛ bi</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Kyerɛw mpene no</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>Kyerɛ kwan kɔ mmoa</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Deɛ asi dada</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Wɔnnya nkyerɛw hwee.</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <source>Save</source>
        <translation>Kora</translation>
    </message>
    <message>
        <source>Your unsaved text was kept.</source>
        <translation>Wɔakora wo nsɛm a wonnya nkoraa no.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Wonnya nkoraa</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Yi nsesaeɛ no fi hɔ</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Today</source>
        <translation>Ɛnnɛ</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Akwaaba, %1</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Ka bom a etwa toɔ: %1</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync (ka bom)</translation>
    </message>
    <message>
        <source>New home visit</source>
        <translation>Fie nsrahwɛ foforɔ</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nhyiamu foforɔ</translation>
    </message>
    <message>
        <source>New family</source>
        <translation>Abusua foforɔ</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Deɛ ɛsɛ sɛ woyɛ</translation>
    </message>
    <message>
        <source>Nothing due this week.</source>
        <translation>Biribiara nni hɔ a ɛsɛ sɛ woyɛ nnawɔtwe yi.</translation>
    </message>
    <message>
        <source>Intake: go along with %1</source>
        <translation>Nhyiamu a ɛdi kan: wo ne %1 bɛkɔ</translation>
    </message>
    <message>
        <source>Visit again: %1</source>
        <translation>San kɔsra: %1</translation>
    </message>
    <message>
        <source>Recent families</source>
        <translation>Mmusua a wokɔsraa wɔn nnansa yi</translation>
    </message>
    <message>
        <source>No families yet. Add the first family you visit.</source>
        <translation>Mmusua biara nni ha seesei. Fa abusua a edi kan a wokɔsra no ka ho.</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <source>Hours and expenses</source>
        <translation>Nnɔnhwere ne sika a wɔsɛeɛ</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Bosome a atwam</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Bosome a ɛreba</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Berɛ</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Akwantuo</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Sika a wɔsɛeɛ</translation>
    </message>
    <message>
        <source>Add time or expenses</source>
        <translation>Fa berɛ anaa sika a wɔsɛeɛ ka ho</translation>
    </message>
    <message>
        <source>Nothing recorded this month.</source>
        <translation>Wɔnkyerɛw hwee bosome yi mu.</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Referrals</source>
        <translation>Kyerɛkwan kɔ mmoa</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>Foforɔ %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n arrived since you last looked</source>
        <translation>
            <numerusform>Deɛ aba fi berɛ a wohwɛɛ no: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <translation>Ne nyinaa</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Foforɔ</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Mmoa ahodoɔ nyinaa</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Mmoa</translation>
    </message>
    <message>
        <source>No referrals here.</source>
        <translation>Kyerɛkwan biara nni ha.</translation>
    </message>
    <message>
        <source>Family %1</source>
        <translation>Abusua %1</translation>
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
        <translation>Akwaaba. Paw ahintasɛm nsɛmfua. Ɛbɔ mmusua no nsɛm a ɛwɔ afidie yi so ho ban; obiara ntumi mmue a onni ahintasɛm nsɛmfua no.</translation>
    </message>
    <message>
        <source>This device was taken out of use by your coordinator, and its data was erased.</source>
        <translation>Wo kandifoɔ agyae afidie yi ho dwumadie, na wɔapepa nsɛm a ɛwɔ so.</translation>
    </message>
    <message>
        <source>Enter your passphrase to open Brug.</source>
        <translation>Kyerɛw wo ahintasɛm nsɛmfua na bue Brug.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Ahintasɛm nsɛmfua</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Ahintasɛm nsɛmfua korɔ no bio</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>San kyerɛw ahintasɛm nsɛmfua no</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Hyɛ aseɛ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Bue</translation>
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
        <translation>Kyerɛkwan kɔ mmoa</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Akwankyerɛ</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Akontabuo</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Nhyehyɛeɛ</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Ɛnnɛ</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Mmusua</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Nhyiamu ahodoɔ</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Nnɔnhwere</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>San kɔ</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menyu</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>To mu</translation>
    </message>
    <message>
        <source>Lock the app</source>
        <translation>To app no mu</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <source>Meeting</source>
        <translation>Nhyiamu</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nhyiamu foforɔ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ɛhe</translation>
    </message>
    <message>
        <source>Name of the place</source>
        <translation>Beaeɛ no din</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Mpɔtam</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Asɛmti</translation>
    </message>
    <message>
        <source>Theme in your words</source>
        <translation>Asɛmti no wɔ wo ankasa nsɛm mu</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kasa</translation>
    </message>
    <message>
        <source>Who came</source>
        <translation>Wɔn a wɔbaeɛ</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Mmaa</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Mmarima</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Mmofra</translation>
    </message>
    <message>
        <source>Of whom for the first time</source>
        <translation>Wɔn mu a wɔbaa kane</translation>
    </message>
    <message>
        <source>What came up</source>
        <translation>Nsɛm a ɛbaeɛ</translation>
    </message>
    <message>
        <source>Questions and needs</source>
        <translation>Nsɛmmisa ne ahiadeɛ</translation>
    </message>
    <message>
        <source>In your words</source>
        <translation>Wo ankasa nsɛm mu</translation>
    </message>
    <message>
        <source>What did the mothers ask, what worries them?</source>
        <translation>Dɛn na maamenom no bisaeɛ, na dɛn na ɛhaw wɔn adwene?</translation>
    </message>
    <message>
        <source>The provider</source>
        <translation>Mmoa adwumakuo no</translation>
    </message>
    <message>
        <source>Someone of the provider was there</source>
        <translation>Obi firi mmoa adwumakuo no mu baeɛ</translation>
    </message>
    <message>
        <source>Ask the provider to come and give information</source>
        <translation>Srɛ mmoa adwumakuo no ma wɔmmɛkyerɛkyerɛ nsɛm mu</translation>
    </message>
    <message>
        <source>Which provider</source>
        <translation>Mmoa adwumakuo bɛn</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translation>Nhyiamu ahodoɔ</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nhyiamu foforɔ</translation>
    </message>
    <message>
        <source>No meetings recorded yet.</source>
        <translation>Wɔnnya nkyerɛw nhyiamu biara.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Nhyiamu</translation>
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <translation>
            <numerusform>Nnipa %n na wɔbaeɛ</numerusform>
        </translation>
    </message>
    <message>
        <source>Provider asked</source>
        <translation>Wɔafrɛ mmoa adwumakuo</translation>
    </message>
</context>
<context>
    <name>MessageThread</name>
    <message>
        <source>No messages yet.</source>
        <translation>Nkra biara nni hɔ seesei.</translation>
    </message>
    <message>
        <source>%1 set the status to: %2</source>
        <translation>%1 sesaa tebea no kɔɔ: %2</translation>
    </message>
    <message>
        <source>Write a message</source>
        <translation>Kyerɛw nkra</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nkra</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Soma</translation>
    </message>
</context>
<context>
    <name>ReferralPage</name>
    <message>
        <source>Referral</source>
        <translation>Kyerɛkwan kɔ mmoa</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>Kyerɛkwan foforɔ</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Kora deɛ ɛnnya nwieeɛ no</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Mmoa</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wɔasoma</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Asɛmmisa</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Nhyiamu a ɛdi kan</translation>
    </message>
    <message>
        <source>Interpreter booked</source>
        <translation>Wɔahyɛ kasakyerɛfoɔ</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>aane</translation>
    </message>
    <message>
        <source>no</source>
        <translation>daabi</translation>
    </message>
    <message>
        <source>You are invited</source>
        <translation>Wɔato wo nsa</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Deɛ nti a wɔannye antom</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Afotuo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Awieeɛ</translation>
    </message>
    <message>
        <source>Reason (family)</source>
        <translation>Deɛ nti (abusua)</translation>
    </message>
    <message>
        <source>Withdraw referral</source>
        <translation>Twe kyerɛkwan no san</translation>
    </message>
    <message>
        <source>To which provider</source>
        <translation>Mmoa adwumakuo bɛn ho</translation>
    </message>
    <message>
        <source>Choose a provider</source>
        <translation>Paw mmoa adwumakuo bi</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Mmoa adwumakuo</translation>
    </message>
    <message>
        <source>Choose a service</source>
        <translation>Paw mmoa bi</translation>
    </message>
    <message>
        <source>Consent it rests on</source>
        <translation>Mpene a ɛgyina so</translation>
    </message>
    <message>
        <source>There is no consent of this family for this provider yet.</source>
        <translation>Mpene biara nni hɔ firi abusua yi hɔ mma mmoa adwumakuo yi.</translation>
    </message>
    <message>
        <source>Given on %1: %2</source>
        <translation>Wɔde mae %1: %2</translation>
    </message>
    <message>
        <source>Record consent now</source>
        <translation>Kyerɛw mpene no seesei</translation>
    </message>
    <message>
        <source>The reason, in the family&apos;s own words</source>
        <translation>Deɛ nti, wɔ abusua no ankasa nsɛm mu</translation>
    </message>
    <message>
        <source>What does the family want help with?</source>
        <translation>Dɛn ho na abusua no pɛ mmoa?</translation>
    </message>
    <message>
        <source>What you see</source>
        <translation>Deɛ wo hunu</translation>
    </message>
    <message>
        <source>Your view, for the caseworker</source>
        <translation>Wo adwene, ma mmoa adwumayɛni no</translation>
    </message>
    <message>
        <source>How soon</source>
        <translation>Ɛsɛ sɛ ɛba ntɛm sɛn</translation>
    </message>
    <message>
        <source>Language for the talks</source>
        <translation>Kasa a wɔde bɛkasa</translation>
    </message>
    <message>
        <source>An interpreter is needed</source>
        <translation>Wɔhia kasakyerɛfoɔ</translation>
    </message>
    <message>
        <source>I will go along to the intake</source>
        <translation>Me ne wɔn bɛkɔ nhyiamu a ɛdi kan no</translation>
    </message>
    <message>
        <source>Send to the provider</source>
        <translation>Soma kɔ mmoa adwumakuo no</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nkra</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Figures</source>
        <translation>Akontabuo</translation>
    </message>
    <message>
        <source>Saved in your Documents folder: %1</source>
        <extracomment>after an export; %1 is the full path of the file, in the Documents folder</extracomment>
        <translation>Wɔakora wɔ wo Documents fɔlda mu: %1</translation>
    </message>
    <message>
        <source>%1 days</source>
        <extracomment>a number of days, e.g. &quot;6,5 days&quot;: the middle value over all referrals</extracomment>
        <translation>Nna %1</translation>
    </message>
    <message>
        <source>Middle value of %1 referrals</source>
        <extracomment>%1 is a number of referrals, or &quot;&lt;5&quot;</extracomment>
        <translation>Kyerɛkwan %1 mu deɛ ɛwɔ mfimfini</translation>
    </message>
    <message>
        <source>Not shown: fewer than 5 referrals.</source>
        <translation>Yɛnkyerɛ: kyerɛkwan no nnu 5.</translation>
    </message>
    <message>
        <source>No referrals with this step in this period.</source>
        <translation>Kyerɛkwan biara nni hɔ a ɛduu saa anammɔn yi so wɔ saa berɛ yi mu.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Berɛ</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Abosome 3 a atwam</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Afe yi</translation>
    </message>
    <message>
        <source>Choose dates</source>
        <extracomment>choose the first and last day of the report yourself</extracomment>
        <translation>Paw nna</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Efi</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kɔsi</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Kora sɛ CSV</translation>
    </message>
    <message>
        <source>Export the figures as a spreadsheet (CSV)</source>
        <extracomment>button: save the figures as a spreadsheet file (CSV)</extracomment>
        <translation>Kora akontabuo no sɛ nkontabuo krataa (CSV)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Kora sɛ PDF</translation>
    </message>
    <message>
        <source>Export the figures as a PDF report</source>
        <translation>Kora akontabuo no sɛ PDF amaneɛbɔ</translation>
    </message>
    <message>
        <source>The figures appear once this device is set up and your data is open.</source>
        <translation>Akontabuo no bɛda adi sɛ wɔhyehyɛ afidie yi wie na wobue wo nsɛm a.</translation>
    </message>
    <message>
        <source>Whom we reach</source>
        <translation>Wɔn a yɛdu wɔn ho</translation>
    </message>
    <message>
        <source>What we do</source>
        <translation>Deɛ yɛyɛ</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>Fie nsrahwɛ</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Nhyiamu ahodoɔ</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Nnipa</translation>
    </message>
    <message>
        <source>Thresholds we see</source>
        <translation>Deɛ ɛsiw kwan a yɛhunu</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Kyerɛkwan kɔ mmoa</translation>
    </message>
    <message>
        <source>Hours and expenses</source>
        <translation>Nnɔnhwere ne sika a wɔsɛeɛ</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Biribiara nni saa berɛ yi mu.</translation>
    </message>
    <message>
        <source>%1 km</source>
        <extracomment>kilometres travelled</extracomment>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Adwuma dodoɔ</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Mmusua</translation>
    </message>
    <message>
        <source>Visits, 30 days</source>
        <extracomment>home visits in the last 30 days</extracomment>
        <translation>Nsrahwɛ, nna 30</translation>
    </message>
    <message>
        <source>Open referrals</source>
        <translation>Kyerɛkwan a ɛda so kɔ so</translation>
    </message>
    <message>
        <source>%1 families, %2 visits, %3 open referrals</source>
        <translation>Mmusua %1, nsrahwɛ %2, kyerɛkwan %3 a ɛda so kɔ so</translation>
    </message>
    <message>
        <source>How fast</source>
        <translation>Ɛkɔɔ ntɛm sɛn</translation>
    </message>
    <message>
        <source>Neighbourhood meetings</source>
        <translation>Mpɔtam nhyiamu</translation>
    </message>
    <message>
        <source>Asked to come</source>
        <translation>Wɔfrɛɛ wɔn</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Wɔbaeɛ</translation>
    </message>
    <message>
        <source>What came in</source>
        <extracomment>section of the provider&apos;s figures: the referrals that came in</extracomment>
        <translation>Kyerɛkwan a aba</translation>
    </message>
    <message>
        <source>Results</source>
        <extracomment>section of the provider&apos;s figures: outcomes and referrals not accepted</extracomment>
        <translation>Nsunsuansoɔ</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Referral</source>
        <translation>Kyerɛkwan kɔ mmoa</translation>
    </message>
    <message>
        <source>This referral is no longer shared with you.</source>
        <translation>Wɔnkyɛ kyerɛkwan yi ne wo bio.</translation>
    </message>
    <message>
        <source>Family %1</source>
        <translation>Abusua %1</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Sɛdeɛ ɛhia ntɛm</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Mmoa</translation>
    </message>
    <message>
        <source>In the family&apos;s words</source>
        <translation>Wɔ abusua no nsɛm mu</translation>
    </message>
    <message>
        <source>The intermediary sees</source>
        <translation>Deɛ ntamgyinafoɔ no hunu</translation>
    </message>
    <message>
        <source>Thresholds seen</source>
        <translation>Deɛ ɛsiw kwan a wɔahunu</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kasa</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Wɔhia kasakyerɛfoɔ</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>aane</translation>
    </message>
    <message>
        <source>Intermediary comes along</source>
        <translation>Ntamgyinafoɔ no bɛka wɔn ho aba</translation>
    </message>
    <message>
        <source>Intermediary</source>
        <translation>Ntamgyinafoɔ</translation>
    </message>
    <message>
        <source>What the family shares</source>
        <translation>Deɛ abusua no kyɛ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Din</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Fon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Baabi a wɔte</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Mpɔtam</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Baabi a wɔfiri</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Kasa ahodoɔ</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Mmofra</translation>
    </message>
    <message>
        <source>Consent given on %1 (%2) for: %3. Shared: %4.</source>
        <translation>Wɔde mpene maeɛ %1 (%2) ma: %3. Deɛ wɔkyɛ: %4.</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>Wo gyinaeɛ</translation>
    </message>
    <message>
        <source>Confirm receipt</source>
        <translation>Si so dua sɛ woanya</translation>
    </message>
    <message>
        <source>Ask for information</source>
        <translation>Bisa nsɛm</translation>
    </message>
    <message>
        <source>Plan the intake</source>
        <translation>Hyɛ nhyiamu a ɛdi kan no da</translation>
    </message>
    <message>
        <source>Help has started</source>
        <translation>Mmoa no ahyɛ aseɛ</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Nnye nto mu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>To mu</translation>
    </message>
    <message>
        <source>Messages with the intermediary</source>
        <translation>Nkra a wo ne ntamgyinafoɔ no di</translation>
    </message>
    <message>
        <source>Your question</source>
        <translation>Wo asɛmmisa</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>Time, e.g. 14:30</source>
        <translation>Berɛ, sɛ 14:30</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Berɛ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Beaeɛ</translation>
    </message>
    <message>
        <source>Interpreter booked</source>
        <translation>Wɔahyɛ kasakyerɛfoɔ</translation>
    </message>
    <message>
        <source>Invite the intermediary to come along</source>
        <translation>To ntamgyinafoɔ no nsa ma ɔmmra</translation>
    </message>
    <message>
        <source>Why, in words the family can understand</source>
        <translation>Deɛ nti, wɔ nsɛm a abusua no bɛte ase mu</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Deɛ nti</translation>
    </message>
    <message>
        <source>Where could the family go instead?</source>
        <translation>Ɛhe na abusua no bɛtumi akɔ mmom?</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Afotuo</translation>
    </message>
    <message>
        <source>Close with an outcome</source>
        <translation>To mu na kyerɛ awieeɛ no</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Awieeɛ</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Nsɛm tiawa (sɛ wopɛ a)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nsɛm tiawa</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Nhyehyɛeɛ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kasa</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Kɔmputa kɛseɛ (server)</translation>
    </message>
    <message>
        <source>This device is connected as %1 (%2) of %3.</source>
        <translation>Wɔde afidie yi abɔ ho sɛ %1 (%2) a ɔfiri %3.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync (ka bom)</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Ka bom a etwa toɔ</translation>
    </message>
    <message>
        <source>To connect again, enter a new code from your coordinator.</source>
        <translation>Sɛ wopɛ sɛ wosan bɔ ho a, kyerɛw koodu foforɔ a wo kandifoɔ de ma wo.</translation>
    </message>
    <message>
        <source>Enter the server address and the code your coordinator gave you.</source>
        <translation>Kyerɛw server no adrɛs ne koodu a wo kandifoɔ de maa wo no.</translation>
    </message>
    <message>
        <source>Server address, e.g. https://brug.example.nl</source>
        <translation>Server no adrɛs, sɛ https://brug.example.nl</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server no adrɛs</translation>
    </message>
    <message>
        <source>Code, e.g. 7K3D-9XQ2-MW4P</source>
        <translation>Koodu, sɛ 7K3D-9XQ2-MW4P</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Koodu a wɔde bɔ ho</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Ɛrebɔ ho…</translation>
    </message>
    <message>
        <source>Connect this device</source>
        <translation>Fa afidie yi bɔ ho</translation>
    </message>
    <message>
        <source>Connected. The first sync starts now.</source>
        <translation>Wɔabɔ ho. Ka bom a ɛdi kan no ahyɛ aseɛ seesei.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Banbɔ</translation>
    </message>
    <message numerus="yes">
        <source>Lock after %n minute(s) without use</source>
        <translation>
            <numerusform>To mu sɛ wɔamfa anni dwuma simma %n a</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock time in minutes</source>
        <translation>Simma dodoɔ ansa na ato mu</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>To mu seesei</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Brug ho nsɛm</translation>
    </message>
    <message>
        <source>Brug %1. Made for intermediaries, contact women and youth-care caseworkers who work together, after &quot;With one hand you cannot clap&quot; (FORUM, 2011). Everything is stored encrypted on this device and shared only as the families agreed.</source>
        <translation>Brug %1. Wɔyɛɛ ma ntamgyinafoɔ, mmaa a wɔka abom ne mmoa adwumayɛfoɔ a wɔbom yɛ adwuma, firi nhoma &quot;Nsa baako ntumi mmɔ nsam&quot; (FORUM, 2011) mu. Wɔde biribiara sie wɔ ahintasɛm kwan so wɔ afidie yi so, na wɔkyɛ no sɛdeɛ mmusua no apene so nko ara.</translation>
    </message>
</context>
<context>
    <name>SyncBadge</name>
    <message>
        <source>Syncing… %1%</source>
        <translation>Ɛreka bom… %1%</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Ka bom seesei</translation>
    </message>
</context>
<context>
    <name>TimeEntryPage</name>
    <message>
        <source>Time and expenses</source>
        <translation>Berɛ ne sika a wɔsɛeɛ</translation>
    </message>
    <message>
        <source>Add time or expenses</source>
        <translation>Fa berɛ anaa sika a wɔsɛeɛ ka ho</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Dwumadie</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Ɛkyɛɛ sɛn</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Simma</translation>
    </message>
    <message>
        <source>Travel in km</source>
        <translation>Akwantuo wɔ km mu</translation>
    </message>
    <message>
        <source>Expenses in euro</source>
        <translation>Sika a wɔsɛeɛ wɔ euro mu</translation>
    </message>
    <message>
        <source>What the expenses were for</source>
        <translation>Deɛ wɔde sika no yɛeɛ</translation>
    </message>
</context>
<context>
    <name>TimelineItem</name>
    <message>
        <source>Home visit</source>
        <translation>Fie nsrahwɛ</translation>
    </message>
    <message>
        <source>Consent for %1</source>
        <translation>Mpene ma %1</translation>
    </message>
    <message>
        <source>Consent withdrawn (%1)</source>
        <translation>Wɔatwe mpene no asan (%1)</translation>
    </message>
    <message>
        <source>Referral to %1</source>
        <translation>Kyerɛkwan kɔ %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Tebea: %1</translation>
    </message>
    <message>
        <source>Message from %1</source>
        <translation>Nkra firi %1 hɔ</translation>
    </message>
</context>
<context>
    <name>VisitPage</name>
    <message>
        <source>Home visit</source>
        <translation>Fie nsrahwɛ</translation>
    </message>
    <message>
        <source>New home visit</source>
        <translation>Fie nsrahwɛ foforɔ</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>Nsrahwɛ no da</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Ɛkyɛɛ sɛn</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Simma</translation>
    </message>
    <message>
        <source>Who was there</source>
        <translation>Wɔn a na wɔwɔ hɔ</translation>
    </message>
    <message>
        <source>Language spoken</source>
        <translation>Kasa a wɔkaeɛ</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Kasakyerɛfoɔ</translation>
    </message>
    <message>
        <source>What was discussed</source>
        <translation>Nsɛm a wɔkaa ho asɛm</translation>
    </message>
    <message>
        <source>What stands in the way</source>
        <translation>Deɛ ɛsiw kwan</translation>
    </message>
    <message>
        <source>Tap what you noticed during the visit.</source>
        <translation>Mia deɛ wohunuu wɔ nsrahwɛ no mu no so.</translation>
    </message>
    <message>
        <source>What you did</source>
        <translation>Deɛ woyɛeɛ</translation>
    </message>
    <message>
        <source>Notes and next step</source>
        <translation>Nsɛm ne anammɔn a ɛdi hɔ</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Wo ankasa nsɛm</translation>
    </message>
    <message>
        <source>Only your organisation sees this note.</source>
        <translation>Wo kuo nko ara na ɛhunu saa nsɛm yi.</translation>
    </message>
    <message>
        <source>Visit again on</source>
        <translation>Da a wobɛsan akɔsra</translation>
    </message>
</context>
<context>
    <name>brug::Actions</name>
    <message>
        <source>The app is locked.</source>
        <translation>Wɔato app no mu.</translation>
    </message>
    <message>
        <source>This referral is no longer there.</source>
        <translation>Kyerɛkwan yi nni hɔ bio.</translation>
    </message>
    <message>
        <source>Choose a provider first.</source>
        <translation>Di kan paw mmoa adwumakuo bi.</translation>
    </message>
    <message>
        <source>A referral needs the family&apos;s consent. Record the consent first.</source>
        <translation>Kyerɛkwan hia abusua no mpene. Di kan kyerɛw mpene no.</translation>
    </message>
    <message>
        <source>The consent for this provider is missing or was withdrawn. Record a new consent first.</source>
        <translation>Mpene a ɛfa mmoa adwumakuo yi ho nni hɔ anaa wɔatwe asan. Di kan kyerɛw mpene foforɔ.</translation>
    </message>
    <message>
        <source>This date does not exist.</source>
        <translation>Da yi nni hɔ.</translation>
    </message>
    <message>
        <source>Write the question.</source>
        <translation>Kyerɛw asɛmmisa no.</translation>
    </message>
    <message>
        <source>Choose the day of the intake.</source>
        <translation>Paw da a nhyiamu a ɛdi kan no bɛba.</translation>
    </message>
    <message>
        <source>Write the time as 14:30.</source>
        <translation>Kyerɛw berɛ no sɛ 14:30.</translation>
    </message>
    <message>
        <source>Write why, so the intermediary can explain it to the family.</source>
        <translation>Kyerɛw deɛ nti, na ntamgyinafoɔ no atumi akyerɛkyerɛ mu akyerɛ abusua no.</translation>
    </message>
    <message>
        <source>Choose the outcome.</source>
        <translation>Paw awieeɛ no.</translation>
    </message>
</context>
<context>
    <name>brug::ConflictListModel</name>
    <message>
        <source>(empty)</source>
        <translation>(hwee nni mu)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>aane</translation>
    </message>
    <message>
        <source>no</source>
        <translation>daabi</translation>
    </message>
</context>
<context>
    <name>brug::Language</name>
    <message>
        <source>today</source>
        <translation>ɛnnɛ</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>ɔkyena</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ɛnnora</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>simma %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>dɔnhwere %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>hours and minutes, e.g. &quot;1 h 30 min&quot;</extracomment>
        <translation>dɔnhwere %1 ne simma %2</translation>
    </message>
</context>
<context>
    <name>brug::RecordForm</name>
    <message>
        <source>Please fill this in.</source>
        <translation>Yɛsrɛ wo, kyerɛw biribi wɔ ha.</translation>
    </message>
    <message>
        <source>This date does not exist.</source>
        <translation>Da yi nni hɔ.</translation>
    </message>
    <message>
        <source>Fill in a number.</source>
        <translation>Kyerɛw nɔma bi.</translation>
    </message>
    <message numerus="yes">
        <source>This text is too long (at most %n characters).</source>
        <translation>
            <numerusform>Nsɛm yi ware dodo (ɛnsene nkyerɛwdeɛ %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill in a number from %1 to %2.</source>
        <translation>Kyerɛw nɔma a ɛfiri %1 kɔsi %2.</translation>
    </message>
    <message>
        <source>This value is not allowed.</source>
        <translation>Wɔmma kwan mma yei.</translation>
    </message>
    <message>
        <source>Fill in how long it took.</source>
        <translation>Kyerɛw sɛdeɛ ɛkyɛeɛ.</translation>
    </message>
    <message>
        <source>Some fields need your attention.</source>
        <translation>Mmeaeɛ bi wɔ hɔ a ɛsɛ sɛ wohwɛ bio.</translation>
    </message>
    <message>
        <source>The device is full. Free some space; your text is kept.</source>
        <translation>Afidie no ayɛ ma. Yi nneɛma bi fi so; wɔakora wo nsɛm.</translation>
    </message>
    <message>
        <source>Could not save. Your text is kept; try again.</source>
        <translation>Wɔantumi ankora. Wɔakora wo nsɛm; san hwɛ bio.</translation>
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
        <translation>Mmusua a yɛduu wɔn ho</translation>
    </message>
    <message>
        <source>Families reached, by country of origin</source>
        <translation>Mmusua a yɛduu wɔn ho, ɔman a wɔfiri mu</translation>
    </message>
    <message>
        <source>Families reached, by neighbourhood</source>
        <translation>Mmusua a yɛduu wɔn ho, mpɔtam biara</translation>
    </message>
    <message>
        <source>Home visits per month</source>
        <translation>Fie nsrahwɛ, bosome biara</translation>
    </message>
    <message>
        <source>Neighbourhood meetings per month</source>
        <translation>Mpɔtam nhyiamu, bosome biara</translation>
    </message>
    <message>
        <source>People at meetings per month</source>
        <translation>Nnipa a wɔbaa nhyiamu, bosome biara</translation>
    </message>
    <message>
        <source>Who came to the meetings</source>
        <translation>Wɔn a wɔbaa nhyiamu no</translation>
    </message>
    <message>
        <source>Visits per threshold seen</source>
        <extracomment>how many home visits noted each of the 17 thresholds (risk factors) of the brochure</extracomment>
        <translation>Nsrahwɛ, deɛ ɛsiw kwan biara a wɔhunuu</translation>
    </message>
    <message>
        <source>Visits per group of thresholds</source>
        <translation>Nsrahwɛ, deɛ ɛsiw kwan kuo biara</translation>
    </message>
    <message>
        <source>Visits per action taken</source>
        <translation>Nsrahwɛ, dwuma biara a yɛdiiɛ</translation>
    </message>
    <message>
        <source>Referrals sent, per service provider</source>
        <translation>Kyerɛkwan a wɔasoma, mmoa adwumakuo biara</translation>
    </message>
    <message>
        <source>Referrals sent, where they are now</source>
        <translation>Kyerɛkwan a wɔasoma, baabi a ɛduru seesei</translation>
    </message>
    <message>
        <source>Days from referral to first meeting (intake)</source>
        <translation>Nna a ɛfiri kyerɛkwan kɔsi nhyiamu a ɛdi kan</translation>
    </message>
    <message>
        <source>Hours, travel and expenses per person per month</source>
        <translation>Nnɔnhwere, akwantuo ne sika a wɔsɛeɛ, onipa biara bosome biara</translation>
    </message>
    <message>
        <source>Workload per intermediary</source>
        <translation>Adwuma dodoɔ, ntamgyinafoɔ biara</translation>
    </message>
    <message>
        <source>Referrals received</source>
        <translation>Kyerɛkwan a wɔanya</translation>
    </message>
    <message>
        <source>Referrals received, by country of origin</source>
        <translation>Kyerɛkwan a wɔanya, ɔman a wɔfiri mu</translation>
    </message>
    <message>
        <source>Referrals received, per service</source>
        <translation>Kyerɛkwan a wɔanya, mmoa biara</translation>
    </message>
    <message>
        <source>Referrals received, where they are now</source>
        <translation>Kyerɛkwan a wɔanya, baabi a ɛduru seesei</translation>
    </message>
    <message>
        <source>Days from referral to first answer</source>
        <translation>Nna a ɛfiri kyerɛkwan kɔsi mmuaeɛ a ɛdi kan</translation>
    </message>
    <message>
        <source>How referrals ended</source>
        <translation>Sɛdeɛ kyerɛkwan no wieeɛ</translation>
    </message>
    <message>
        <source>Referrals not accepted</source>
        <translation>Kyerɛkwan a wɔannye antom</translation>
    </message>
    <message>
        <source>Meetings that asked the service to come</source>
        <translation>Nhyiamu a wɔfrɛɛ mmoa adwumakuo no sɛ ɔmmra</translation>
    </message>
    <message>
        <source>Meetings where the service was present</source>
        <translation>Nhyiamu a mmoa adwumakuo no baeɛ</translation>
    </message>
    <message>
        <source>What</source>
        <extracomment>column heading in an exported table of figures</extracomment>
        <translation>Asɛm</translation>
    </message>
    <message>
        <source>Number</source>
        <extracomment>column heading: a number of families, visits, referrals...</extracomment>
        <translation>Dodoɔ</translation>
    </message>
    <message>
        <source>Middle value in days</source>
        <translation>Deɛ ɛwɔ mfimfini, wɔ nna mu</translation>
    </message>
    <message>
        <source>Number of referrals</source>
        <translation>Kyerɛkwan dodoɔ</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Onipa</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bosome</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Simma</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Nnɔnhwere</translation>
    </message>
    <message>
        <source>km</source>
        <extracomment>kilometres travelled</extracomment>
        <translation>km</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Sika a wɔsɛeɛ</translation>
    </message>
    <message>
        <source>Active families</source>
        <translation>Mmusua a yɛne wɔn reyɛ adwuma</translation>
    </message>
    <message>
        <source>Visits, last 30 days</source>
        <translation>Nsrahwɛ, nna 30 a atwam</translation>
    </message>
    <message>
        <source>Open referrals</source>
        <translation>Kyerɛkwan a ɛda so kɔ so</translation>
    </message>
    <message>
        <source>Brug figures</source>
        <extracomment>title of the exported report of figures</extracomment>
        <translation>Brug akontabuo</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Berɛ</translation>
    </message>
    <message>
        <source>Not known</source>
        <extracomment>a country of origin, neighbourhood or provider that is not known</extracomment>
        <translation>Yɛnnim</translation>
    </message>
    <message>
        <source>No service chosen</source>
        <translation>Wɔmpaw mmoa biara</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Ne nyinaa</translation>
    </message>
    <message>
        <source>New, not yet answered</source>
        <extracomment>referral status: not yet answered by the service</extracomment>
        <translation>Foforɔ, wɔnnya mmuaeɛ</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Mmaa</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Mmarima</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Mmofra</translation>
    </message>
    <message>
        <source>New visitors</source>
        <extracomment>people who came to a meeting for the first time</extracomment>
        <translation>Nnipa foforɔ a wɔbaeɛ</translation>
    </message>
    <message>
        <source>Numbers from 1 to 4 are shown as &lt;5, so that no family can be recognised. A number shown as ≥5 is hidden so that a &lt;5 cannot be worked out from a total.</source>
        <translation>Nɔma a ɛfiri 1 kɔsi 4 no, yɛkyerɛ no sɛ &lt;5, sɛdeɛ ɛbɛyɛ a obiara renhunu abusua biara. Ɛtɔ da bi a yɛde nɔma a ɛyɛ 5 anaa ɛboro saa nso sie na yɛkyerɛ no sɛ ≥5, sɛdeɛ ɛbɛyɛ a obiara rentumi mfiri ne nyinaa mu nhunu &lt;5 no.</translation>
    </message>
    <message>
        <source>not shown for fewer than 5 referrals</source>
        <translation>yɛnkyerɛ sɛ kyerɛkwan no nnu 5 a</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Biribiara nni saa berɛ yi mu.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <extracomment>page number in the PDF report</extracomment>
        <translation>Krataafa %1</translation>
    </message>
    <message>
        <source>Someone not in the list</source>
        <translation>Obi a ne din nni nkrataa no so</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <extracomment>hours and minutes worked, e.g. &quot;12:30&quot;</extracomment>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Choose a file on this device to save to.</source>
        <translation>Paw fael bi wɔ afidie yi so na kora wɔ mu.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Wɔntumi nyɛ fɔlda %1.</translation>
    </message>
    <message>
        <source>Open your data first.</source>
        <translation>Di kan bue wo nsɛm.</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Wɔantumi ankora fael no: %1</translation>
    </message>
    <message>
        <source>Figures of %1</source>
        <extracomment>title of the PDF report; %1 is the organisation&apos;s name</extracomment>
        <translation>%1 akontabuo</translation>
    </message>
    <message>
        <source>Made with Brug on %1</source>
        <extracomment>at the foot of every page of the PDF report; %1 is today&apos;s date</extracomment>
        <translation>Wɔde Brug na ɛyɛɛ yei %1</translation>
    </message>
</context>
<context>
    <name>brug::Session</name>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n characters.</source>
        <translation>
            <numerusform>Paw ahintasɛm nsɛmfua a ne nkyerɛwdeɛ dodoɔ yɛ %n anaa ɛboro saa.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Ahintasɛm nsɛmfua mmienu no nyɛ pɛ.</translation>
    </message>
</context>
<context>
    <name>brug::SyncStatus</name>
    <message>
        <source>Not connected to a server</source>
        <translation>Wɔmfaa mmɔɔ server biara ho</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Nkitahodi nni hɔ</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Ɛreka bom…</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Ne nyinaa aka bom</translation>
    </message>
    <message>
        <source>Sync problem</source>
        <translation>Ɔhaw wɔ ka bom mu</translation>
    </message>
    <message>
        <source>This device was erased</source>
        <translation>Wɔapepa afidie yi so nsɛm</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>Nsesaeɛ %n retwɛn sɛ wɔbɛsoma</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill in the server address and the code.</source>
        <translation>Kyerɛw server no adrɛs ne koodu no.</translation>
    </message>
    <message>
        <source>The date or time on this device is wrong. Set it right in the device&apos;s settings.</source>
        <translation>Da anaa berɛ a ɛwɔ afidie yi so nyɛ nokorɛ. Siesie no wɔ afidie no Nhyehyɛeɛ mu.</translation>
    </message>
</context>
</TS>
