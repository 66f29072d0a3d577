<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name>BarChart</name>
    <message>
        <source>Nothing in this period.</source>
        <translation>Bu dönemde bir şey yok.</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Knowing the way</source>
        <translation>Yolu bilmek</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Güven</translation>
    </message>
    <message>
        <source>Fit of the service</source>
        <translation>Hizmetin uygunluğu</translation>
    </message>
    <message>
        <source>Does not know the services</source>
        <translation>Hizmetleri tanımıyor</translation>
    </message>
    <message>
        <source>The family does not know what youth services exist or what they do.</source>
        <translation>Aile hangi gençlik ve aile hizmetlerinin olduğunu veya ne yaptıklarını bilmiyor.</translation>
    </message>
    <message>
        <source>Little support around them</source>
        <translation>Çevresinde az destek var</translation>
    </message>
    <message>
        <source>Few relatives or friends nearby who can help.</source>
        <translation>Yakında yardım edebilecek akraba veya arkadaş az.</translation>
    </message>
    <message>
        <source>Does not yet see the problem</source>
        <translation>Sorunu henüz görmüyor</translation>
    </message>
    <message>
        <source>The parents do not yet see that help could be useful.</source>
        <translation>Anne baba, yardımın faydalı olabileceğini henüz görmüyor.</translation>
    </message>
    <message>
        <source>Finds it hard to act alone</source>
        <translation>Tek başına adım atmakta zorlanıyor</translation>
    </message>
    <message>
        <source>The parents find it hard to take steps on their own.</source>
        <translation>Anne baba kendi başına adım atmakta zorlanıyor.</translation>
    </message>
    <message>
        <source>Service is far away</source>
        <translation>Hizmet uzakta</translation>
    </message>
    <message>
        <source>The service is hard to reach from home.</source>
        <translation>Hizmete evden ulaşmak zor.</translation>
    </message>
    <message>
        <source>Service feels foreign</source>
        <translation>Hizmet yabancı geliyor</translation>
    </message>
    <message>
        <source>The service looks and feels very Dutch to the family.</source>
        <translation>Hizmet aileye çok Hollandalı görünüyor ve öyle hissettiriyor.</translation>
    </message>
    <message>
        <source>Distrust of youth services</source>
        <translation>Gençlik ve aile hizmetlerine güvensizlik</translation>
    </message>
    <message>
        <source>The family fears or distrusts youth services.</source>
        <translation>Aile gençlik ve aile hizmetlerinden korkuyor veya onlara güvenmiyor.</translation>
    </message>
    <message>
        <source>Bad experiences before</source>
        <translation>Daha önce kötü deneyimler</translation>
    </message>
    <message>
        <source>The family had bad experiences with services.</source>
        <translation>Aile hizmetlerle kötü deneyimler yaşamış.</translation>
    </message>
    <message>
        <source>Fear of not being understood</source>
        <translation>Anlaşılmama korkusu</translation>
    </message>
    <message>
        <source>Worry that the language will stand in the way.</source>
        <translation>Dilin engel olacağı endişesi.</translation>
    </message>
    <message>
        <source>Shame and taboo</source>
        <translation>Utanç ve tabu</translation>
    </message>
    <message>
        <source>Some subjects are hard to talk about in the family.</source>
        <translation>Bazı konular aile içinde zor konuşuluyor.</translation>
    </message>
    <message>
        <source>Too little time for the family</source>
        <translation>Aileye çok az zaman</translation>
    </message>
    <message>
        <source>The service has little time for families who need more.</source>
        <translation>Hizmetin, daha fazlasına ihtiyacı olan ailelere ayıracak az zamanı var.</translation>
    </message>
    <message>
        <source>No help in the neighbourhood</source>
        <translation>Mahallede yardım yok</translation>
    </message>
    <message>
        <source>The service does not work where families are.</source>
        <translation>Hizmet, ailelerin bulunduğu yerlerde çalışmıyor.</translation>
    </message>
    <message>
        <source>Staff not diverse</source>
        <translation>Çalışanlar çeşitli değil</translation>
    </message>
    <message>
        <source>Few staff from the family&apos;s community.</source>
        <translation>Ailenin topluluğundan az çalışan var.</translation>
    </message>
    <message>
        <source>Methods do not fit</source>
        <translation>Yöntemler uymuyor</translation>
    </message>
    <message>
        <source>The usual way of working does not suit this family.</source>
        <translation>Alışılmış çalışma şekli bu aileye uymuyor.</translation>
    </message>
    <message>
        <source>Low motivation of professionals</source>
        <translation>Uzmanların isteği az</translation>
    </message>
    <message>
        <source>Professionals show little drive to reach the family.</source>
        <translation>Uzmanlar aileye ulaşmak için az çaba gösteriyor.</translation>
    </message>
    <message>
        <source>Little intercultural skill</source>
        <translation>Kültürlerarası beceri az</translation>
    </message>
    <message>
        <source>Professionals lack knowledge of the family&apos;s culture.</source>
        <translation>Uzmanlar ailenin kültürünü yeterince bilmiyor.</translation>
    </message>
    <message>
        <source>Complicated intake</source>
        <translation>Karmaşık ilk görüşme</translation>
    </message>
    <message>
        <source>The first steps at the service are hard to follow.</source>
        <translation>Hizmetteki ilk adımları takip etmek zor.</translation>
    </message>
    <message>
        <source>Information about services</source>
        <translation>Hizmetler hakkında bilgi</translation>
    </message>
    <message>
        <source>Explained what the services do and how.</source>
        <translation>Hizmetlerin ne yaptığı ve nasıl çalıştığı anlatıldı.</translation>
    </message>
    <message>
        <source>Reached out through own network</source>
        <translation>Kendi çevremiz aracılığıyla ulaşıldı</translation>
    </message>
    <message>
        <source>Visit to the service together</source>
        <translation>Hizmete birlikte ziyaret</translation>
    </message>
    <message>
        <source>Radio or leaflets in own language</source>
        <translation>Kendi dilinde radyo veya broşür</translation>
    </message>
    <message>
        <source>Support as a network</source>
        <translation>Aileye destek ağı olundu</translation>
    </message>
    <message>
        <source>Helped meet other parents</source>
        <translation>Başka anne babalarla tanışmasına yardım edildi</translation>
    </message>
    <message>
        <source>Theme meeting on parenting</source>
        <translation>Çocuk yetiştirme üzerine buluşma</translation>
    </message>
    <message>
        <source>Explained what is going on</source>
        <translation>Neler olduğu anlatıldı</translation>
    </message>
    <message>
        <source>Psycho-education: helped the parents understand the situation.</source>
        <translation>Psiko-eğitim: anne babanın durumu anlamasına yardım edildi.</translation>
    </message>
    <message>
        <source>Encouraged and strengthened</source>
        <translation>Cesaretlendirildi ve güçlendirildi</translation>
    </message>
    <message>
        <source>Empowerment: motivated the parents to take their own steps.</source>
        <translation>Güçlendirme: anne baba kendi adımlarını atmaya teşvik edildi.</translation>
    </message>
    <message>
        <source>Built trust in the service</source>
        <translation>Hizmete güven oluşturuldu</translation>
    </message>
    <message>
        <source>Talked about difficult subjects</source>
        <translation>Zor konular konuşuldu</translation>
    </message>
    <message>
        <source>Went along to an appointment</source>
        <translation>Bir randevuya eşlik edildi</translation>
    </message>
    <message>
        <source>Interpreted</source>
        <translation>Tercümanlık yapıldı</translation>
    </message>
    <message>
        <source>Advised the service on culture</source>
        <translation>Hizmete kültür konusunda tavsiye verildi</translation>
    </message>
    <message>
        <source>Case discussion</source>
        <translation>Aile üzerine danışma görüşmesi</translation>
    </message>
    <message>
        <source>Duo coaching</source>
        <translation>İkili koçluk</translation>
    </message>
    <message>
        <source>Referred to a service</source>
        <translation>Bir hizmete yönlendirildi</translation>
    </message>
    <message>
        <source>Professional came to the neighbourhood</source>
        <translation>Uzman mahalleye geldi</translation>
    </message>
    <message>
        <source>Simpler intake</source>
        <translation>Daha basit ilk görüşme</translation>
    </message>
    <message>
        <source>Raising children</source>
        <translation>Çocuk yetiştirme</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Okul</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Sağlık</translation>
    </message>
    <message>
        <source>How children grow</source>
        <translation>Çocuklar nasıl büyür</translation>
    </message>
    <message>
        <source>Teenagers</source>
        <translation>Gençler</translation>
    </message>
    <message>
        <source>Peace in the home</source>
        <translation>Evde huzur</translation>
    </message>
    <message>
        <source>Money matters</source>
        <translation>Para işleri</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Konut</translation>
    </message>
    <message>
        <source>Youth services</source>
        <translation>Gençlik ve aile hizmetleri</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Phones and screens</source>
        <translation>Telefonlar ve ekranlar</translation>
    </message>
    <message>
        <source>Feeling alone</source>
        <translation>Yalnızlık hissi</translation>
    </message>
    <message>
        <source>Changes in the family</source>
        <translation>Ailedeki değişiklikler</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Diğer</translation>
    </message>
    <message>
        <source>Mosque</source>
        <translation>Cami</translation>
    </message>
    <message>
        <source>Community centre</source>
        <translation>Mahalle merkezi</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>Evde</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Kütüphane</translation>
    </message>
    <message>
        <source>Church</source>
        <translation>Kilise</translation>
    </message>
    <message>
        <source>Other place</source>
        <translation>Başka bir yer</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Anne</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Baba</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Çocuk</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Büyükanne veya büyükbaba</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>Başka bir akraba</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Tercüman</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Başka biri</translation>
    </message>
    <message>
        <source>No interpreter</source>
        <translation>Tercüman yok</translation>
    </message>
    <message>
        <source>I interpreted</source>
        <translation>Tercümanlığı ben yaptım</translation>
    </message>
    <message>
        <source>A family member</source>
        <translation>Bir aile üyesi</translation>
    </message>
    <message>
        <source>Professional interpreter</source>
        <translation>Profesyonel tercüman</translation>
    </message>
    <message>
        <source>Interpreter by phone</source>
        <translation>Telefonla tercüman</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Hollandaca</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arapça</translation>
    </message>
    <message>
        <source>Tamazight (Berber)</source>
        <translation>Tamazight (Berberice)</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Türkçe</translation>
    </message>
    <message>
        <source>Kurdish</source>
        <translation>Kürtçe</translation>
    </message>
    <message>
        <source>Twi</source>
        <translation>Twi dili</translation>
    </message>
    <message>
        <source>English</source>
        <translation>İngilizce</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Fransızca</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>Somalice</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>Tigrinya dili</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Farsça</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>Darice</translation>
    </message>
    <message>
        <source>Papiamento</source>
        <translation>Papiamento dili</translation>
    </message>
    <message>
        <source>Sranan Tongo</source>
        <translation>Sranan Tongo dili</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Lehçe</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>İspanyolca</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation>Türkiye</translation>
    </message>
    <message>
        <source>Ghana</source>
        <translation>Gana</translation>
    </message>
    <message>
        <source>Suriname</source>
        <translation>Surinam</translation>
    </message>
    <message>
        <source>Curaçao</source>
        <translation>Curaçao</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>Suriye</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation>Eritre</translation>
    </message>
    <message>
        <source>Somalia</source>
        <translation>Somali</translation>
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
        <translation>İran</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>Nijerya</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>Mısır</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polonya</translation>
    </message>
    <message>
        <source>The Netherlands</source>
        <translation>Hollanda</translation>
    </message>
    <message>
        <source>Other country</source>
        <translation>Başka bir ülke</translation>
    </message>
    <message>
        <source>Intermediary</source>
        <translation>Arabulucu</translation>
    </message>
    <message>
        <source>Contact woman</source>
        <translation>İrtibat kadını</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinatör</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Gençlik hizmetleri görevlisi</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Yönetici</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>İsim</translation>
    </message>
    <message>
        <source>The family&apos;s name.</source>
        <translation>Ailenin adı.</translation>
    </message>
    <message>
        <source>Phone and address</source>
        <translation>Telefon ve adres</translation>
    </message>
    <message>
        <source>How the service can reach the family.</source>
        <translation>Hizmetin aileye nasıl ulaşabileceği.</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Mahalle</translation>
    </message>
    <message>
        <source>Postcode and neighbourhood.</source>
        <translation>Posta kodu ve mahalle.</translation>
    </message>
    <message>
        <source>Origin and languages</source>
        <translation>Köken ve diller</translation>
    </message>
    <message>
        <source>Country of origin and the languages spoken.</source>
        <translation>Geldikleri ülke ve konuştukları diller.</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Çocuklar</translation>
    </message>
    <message>
        <source>Birth years of the children.</source>
        <translation>Çocukların doğum yılları.</translation>
    </message>
    <message>
        <source>Referral to the service</source>
        <translation>Hizmete yönlendirme</translation>
    </message>
    <message>
        <source>First meeting (intake)</source>
        <translation>İlk görüşme</translation>
    </message>
    <message>
        <source>Sharing information</source>
        <translation>Bilgi paylaşımı</translation>
    </message>
    <message>
        <source>Spoken, with a witness</source>
        <translation>Sözlü, bir tanıkla</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>İmzalı</translation>
    </message>
    <message>
        <source>Through an interpreter</source>
        <translation>Tercüman aracılığıyla</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Olağan</translation>
    </message>
    <message>
        <source>Soon</source>
        <translation>Kısa sürede</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Acil</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Taslak</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gönderildi</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Geri çekildi</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Alındı</translation>
    </message>
    <message>
        <source>More information asked</source>
        <translation>Daha fazla bilgi istendi</translation>
    </message>
    <message>
        <source>Intake planned</source>
        <translation>İlk görüşme planlandı</translation>
    </message>
    <message>
        <source>Receiving help</source>
        <translation>Yardım alıyor</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Kabul edilmedi</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Kapatıldı</translation>
    </message>
    <message>
        <source>Family was helped</source>
        <translation>Aileye yardım edildi</translation>
    </message>
    <message>
        <source>Referred elsewhere</source>
        <translation>Başka yere yönlendirildi</translation>
    </message>
    <message>
        <source>No help needed</source>
        <translation>Yardıma gerek yok</translation>
    </message>
    <message>
        <source>Family stopped</source>
        <translation>Aile yardımı bıraktı</translation>
    </message>
    <message>
        <source>Other outcome</source>
        <translation>Başka bir sonuç</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Ev ziyareti</translation>
    </message>
    <message>
        <source>Neighbourhood meeting</source>
        <translation>Mahalle buluşması</translation>
    </message>
    <message>
        <source>Going along</source>
        <translation>Eşlik etme</translation>
    </message>
    <message>
        <source>Interpreting</source>
        <translation>Tercümanlık</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefon görüşmesi</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Yolculuk</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Eğitim</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Danışma</translation>
    </message>
    <message>
        <source>Other activity</source>
        <translation>Başka bir etkinlik</translation>
    </message>
    <message>
        <source>Girl</source>
        <translation>Kız</translation>
    </message>
    <message>
        <source>Boy</source>
        <translation>Erkek</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Belirtilmedi</translation>
    </message>
    <message>
        <source>Migrant organisation</source>
        <translation>Göçmen derneği</translation>
    </message>
    <message>
        <source>Youth-care provider</source>
        <translation>Gençlik ve aile hizmetleri kurumu</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Belediye</translation>
    </message>
</context>
<context>
    <name>ConflictBanner</name>
    <message>
        <source>This was changed in two places at once.</source>
        <translation>Bu, aynı anda iki yerde değiştirildi.</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Şimdi: %1</translation>
    </message>
    <message>
        <source>Other version: %1</source>
        <translation>Diğer sürüm: %1</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Bunu tut</translation>
    </message>
    <message>
        <source>Use the other version</source>
        <translation>Diğer sürümü kullan</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Provider</source>
        <translation>Kurum</translation>
    </message>
    <message>
        <source>What is shared</source>
        <translation>Ne paylaşılıyor</translation>
    </message>
    <message>
        <source>For what</source>
        <translation>Ne için</translation>
    </message>
    <message>
        <source>How it was given</source>
        <translation>Nasıl verildi</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Onay</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Onay ekle</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>İleri</translation>
    </message>
    <message>
        <source>Save consent</source>
        <translation>Onayı kaydet</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Adım %1 / %2: %3</translation>
    </message>
    <message>
        <source>Withdrawn on %1</source>
        <translation>%1 tarihinde geri çekildi</translation>
    </message>
    <message>
        <source>Given on %1</source>
        <translation>%1 tarihinde verildi</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Paylaşılan</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Amaç</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Nasıl</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Tanık</translation>
    </message>
    <message>
        <source>Reason for withdrawal</source>
        <translation>Geri çekme nedeni</translation>
    </message>
    <message>
        <source>Withdraw this consent</source>
        <translation>Bu onayı geri çek</translation>
    </message>
    <message>
        <source>With which provider may information be shared?</source>
        <translation>Bilgiler hangi kurumla paylaşılabilir?</translation>
    </message>
    <message>
        <source>What may the provider know? The code of the family is always shared.</source>
        <translation>Kurum neleri bilebilir? Ailenin kodu her zaman paylaşılır.</translation>
    </message>
    <message>
        <source>In your words (optional)</source>
        <translation>Kendi sözlerinizle (isteğe bağlı)</translation>
    </message>
    <message>
        <source>How was consent given?</source>
        <translation>Onay nasıl verildi?</translation>
    </message>
    <message>
        <source>Name of the witness</source>
        <translation>Tanığın adı</translation>
    </message>
    <message>
        <source>Interpreted from</source>
        <translation>Tercüme edilen dil</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Verildiği tarih</translation>
    </message>
    <message>
        <source>Check with the family</source>
        <translation>Aileyle birlikte kontrol edin</translation>
    </message>
    <message>
        <source>%1 may receive: %2. For: %3.</source>
        <translation>%1 şunları alabilir: %2. Amaç: %3.</translation>
    </message>
    <message>
        <source>The family can withdraw this consent at any time. The provider then no longer sees the information.</source>
        <translation>Aile bu onayı her zaman geri çekebilir. O zaman kurum bilgileri artık göremez.</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Onayı geri çek</translation>
    </message>
    <message>
        <source>From today the provider no longer sees this family through this consent. Referrals that rest on it stop.</source>
        <translation>Bugünden itibaren kurum bu aileyi bu onay üzerinden artık göremez. Bu onaya dayanan yönlendirmeler durur.</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Neden (isteğe bağlı)</translation>
    </message>
</context>
<context>
    <name>Counter</name>
    <message>
        <source>One less: %1</source>
        <translation>Bir azalt: %1</translation>
    </message>
    <message>
        <source>One more: %1</source>
        <translation>Bir artır: %1</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose a day</source>
        <translation>Bir gün seçin</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>%n gün sonra</numerusform>
        </translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Tarih yok</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Önceki ay</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Sonraki ay</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Bugün</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Directory</source>
        <translation>Rehber</translation>
    </message>
    <message>
        <source>The directory is empty. It arrives with the first sync.</source>
        <translation>Rehber boş. İlk eşitlemeyle gelecek.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Açılış saatleri</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Diller</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>%1 ara</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>Haritada göster</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Hizmetler</translation>
    </message>
    <message>
        <source>Ages %1 to %2</source>
        <translation>%1 ile %2 yaş arası</translation>
    </message>
    <message>
        <source>Fixed contact persons</source>
        <translation>Sabit irtibat kişileri</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Ara</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>Parola cümlesi yanlış. Tekrar deneyin.</translation>
    </message>
    <message>
        <source>This file is not a Brug store. It was not changed.</source>
        <translation>Bu dosya bir Brug veri dosyası değil. Dosya değiştirilmedi.</translation>
    </message>
    <message>
        <source>The store is damaged. It was not changed. Ask your coordinator for help.</source>
        <translation>Veri dosyası bozuk. Dosya değiştirilmedi. Koordinatörünüzden yardım isteyin.</translation>
    </message>
    <message>
        <source>This store was made by a newer Brug. Please update the app.</source>
        <translation>Bu veri dosyası Brug&apos;ın daha yeni bir sürümüyle oluşturuldu. Lütfen uygulamayı güncelleyin.</translation>
    </message>
    <message>
        <source>The key file of the store is missing. It was not changed.</source>
        <translation>Veri dosyasının anahtar dosyası eksik. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>The device is full. Free some space; nothing was lost.</source>
        <translation>Cihaz dolu. Biraz yer açın; hiçbir şey kaybolmadı.</translation>
    </message>
    <message>
        <source>Brug cannot write its files here.</source>
        <translation>Brug dosyalarını buraya yazamıyor.</translation>
    </message>
    <message>
        <source>The store is busy. Try again in a moment.</source>
        <translation>Veri dosyası meşgul. Biraz sonra tekrar deneyin.</translation>
    </message>
    <message>
        <source>The device could not read or write. Try again.</source>
        <translation>Cihaz okuyamadı veya yazamadı. Tekrar deneyin.</translation>
    </message>
    <message>
        <source>Something in the form does not fit. Check the fields.</source>
        <translation>Formdaki bir şey uygun değil. Alanları kontrol edin.</translation>
    </message>
    <message>
        <source>This item is no longer there.</source>
        <translation>Bu öğe artık yok.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was lost.</source>
        <translation>Bir şeyler ters gitti. Hiçbir şey kaybolmadı.</translation>
    </message>
    <message>
        <source>No connection to the server. Brug will try again.</source>
        <translation>Sunucuya bağlantı yok. Brug tekrar deneyecek.</translation>
    </message>
    <message>
        <source>The server no longer knows this device. Enrol it again in Settings.</source>
        <translation>Sunucu bu cihazı artık tanımıyor. Ayarlar&apos;dan yeniden bağlayın.</translation>
    </message>
    <message>
        <source>The store could not be written. Free some space and try again.</source>
        <translation>Veri dosyası kaydedilemedi. Biraz yer açıp tekrar deneyin.</translation>
    </message>
    <message>
        <source>The server has a problem. Brug will try again.</source>
        <translation>Sunucuda bir sorun var. Brug tekrar deneyecek.</translation>
    </message>
    <message>
        <source>Too many tries. Wait ten minutes.</source>
        <translation>Çok fazla deneme. On dakika bekleyin.</translation>
    </message>
    <message>
        <source>This code is not valid. Ask your coordinator for a new one.</source>
        <translation>Bu kod geçerli değil. Koordinatörünüzden yenisini isteyin.</translation>
    </message>
    <message>
        <source>Sync failed. Brug will try again.</source>
        <translation>Eşitleme başarısız oldu. Brug tekrar deneyecek.</translation>
    </message>
    <message>
        <source>The server could not prove who it is. Nothing was sent. Ask your coordinator.</source>
        <translation>Sunucu kimliğini kanıtlayamadı. Hiçbir şey gönderilmedi. Koordinatörünüze danışın.</translation>
    </message>
    <message>
        <source>This server address is not secure. Use an address that starts with https://.</source>
        <translation>Bu sunucu adresi güvenli değil. https:// ile başlayan bir adres kullanın.</translation>
    </message>
    <message>
        <source>This is not a server address. Check it and try again.</source>
        <translation>Bu bir sunucu adresi değil. Kontrol edip tekrar deneyin.</translation>
    </message>
</context>
<context>
    <name>FamiliesPage</name>
    <message>
        <source>Visit which family?</source>
        <translation>Hangi aileyi ziyaret ediyorsunuz?</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Aileler</translation>
    </message>
    <message>
        <source>Search by code, name or neighbourhood</source>
        <translation>Kod, isim veya mahalleye göre arayın</translation>
    </message>
    <message>
        <source>Search families</source>
        <translation>Aile ara</translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies) found</source>
        <translation>
            <numerusform>%n aile bulundu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies)</source>
        <translation>
            <numerusform>%n aile</numerusform>
        </translation>
    </message>
    <message>
        <source>No family matches. Check the spelling or search by code.</source>
        <translation>Eşleşen aile yok. Yazımı kontrol edin veya koda göre arayın.</translation>
    </message>
    <message>
        <source>No families yet. Add the first family you visit.</source>
        <translation>Henüz aile yok. Ziyaret ettiğiniz ilk aileyi ekleyin.</translation>
    </message>
    <message>
        <source>Add a family</source>
        <translation>Aile ekle</translation>
    </message>
</context>
<context>
    <name>FamilyEditPage</name>
    <message>
        <source>Edit family</source>
        <translation>Aileyi düzenle</translation>
    </message>
    <message>
        <source>New family</source>
        <translation>Yeni aile</translation>
    </message>
    <message>
        <source>Lists show the code, not the name. Fill in only what the family agrees to.</source>
        <translation>Listelerde isim değil kod görünür. Sadece ailenin kabul ettiği bilgileri doldurun.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Aile adı</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Posta kodu</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Mahalle</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>Geldiği ülke</translation>
    </message>
    <message>
        <source>Languages spoken at home</source>
        <translation>Evde konuşulan diller</translation>
    </message>
    <message>
        <source>Language they speak best</source>
        <translation>En iyi konuştukları dil</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Çocuklar</translation>
    </message>
    <message>
        <source>Birth year only; no names.</source>
        <translation>Sadece doğum yılı; isim yok.</translation>
    </message>
    <message>
        <source>Birth year of child %1</source>
        <translation>%1. çocuğun doğum yılı</translation>
    </message>
    <message>
        <source>Child %1</source>
        <translation>%1. çocuk</translation>
    </message>
    <message>
        <source>Remove child %1</source>
        <translation>%1. çocuğu kaldır</translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation>Çocuk ekle</translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <source>Family %1</source>
        <translation>Aile %1</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Aile</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Düzenle</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Mahalle</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Köken</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Diller</translation>
    </message>
    <message>
        <source>Speaks best</source>
        <translation>En iyi konuştuğu dil</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Çocuklar</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>%1 doğumlu</translation>
    </message>
    <message>
        <source>age unknown</source>
        <translation>yaşı bilinmiyor</translation>
    </message>
    <message>
        <source>Intermediary</source>
        <translation>Arabulucu</translation>
    </message>
    <message>
        <source>Record a visit</source>
        <translation>Ziyaret kaydet</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Onay ekle</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>Yönlendir</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geçmiş</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Henüz bir şey kaydedilmedi.</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Your unsaved text was kept.</source>
        <translation>Kaydedilmemiş metniniz saklandı.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Henüz kaydedilmedi</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Değişiklikleri geri al</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Today</source>
        <translation>Bugün</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Merhaba %1</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Son eşitleme: %1</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Eşitleme</translation>
    </message>
    <message>
        <source>New home visit</source>
        <translation>Yeni ev ziyareti</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Yeni buluşma</translation>
    </message>
    <message>
        <source>New family</source>
        <translation>Yeni aile</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Yapılacaklar</translation>
    </message>
    <message>
        <source>Nothing due this week.</source>
        <translation>Bu hafta yapılacak bir şey yok.</translation>
    </message>
    <message>
        <source>Intake: go along with %1</source>
        <translation>İlk görüşme: %1 ile birlikte gidin</translation>
    </message>
    <message>
        <source>Visit again: %1</source>
        <translation>Tekrar ziyaret: %1</translation>
    </message>
    <message>
        <source>Recent families</source>
        <translation>Son aileler</translation>
    </message>
    <message>
        <source>No families yet. Add the first family you visit.</source>
        <translation>Henüz aile yok. Ziyaret ettiğiniz ilk aileyi ekleyin.</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <source>Hours and expenses</source>
        <translation>Saatler ve masraflar</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Önceki ay</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Sonraki ay</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Süre</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Yolculuk</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Masraflar</translation>
    </message>
    <message>
        <source>Add time or expenses</source>
        <translation>Süre veya masraf ekle</translation>
    </message>
    <message>
        <source>Nothing recorded this month.</source>
        <translation>Bu ay bir şey kaydedilmedi.</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Referrals</source>
        <translation>Yönlendirmeler</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n yeni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n arrived since you last looked</source>
        <translation>
            <numerusform>Son baktığınızdan beri %n yeni geldi</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tümü</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Yeni</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Tüm hizmetler</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Hizmet</translation>
    </message>
    <message>
        <source>No referrals here.</source>
        <translation>Burada yönlendirme yok.</translation>
    </message>
    <message>
        <source>Family %1</source>
        <translation>Aile %1</translation>
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
        <translation>Hoş geldiniz. Bir parola cümlesi seçin. Bu cümle, bu cihazdaki ailelerin bilgilerini korur; parola cümlesi olmadan kimse açamaz.</translation>
    </message>
    <message>
        <source>This device was taken out of use by your coordinator, and its data was erased.</source>
        <translation>Bu cihaz koordinatörünüz tarafından kullanımdan kaldırıldı ve verileri silindi.</translation>
    </message>
    <message>
        <source>Enter your passphrase to open Brug.</source>
        <translation>Brug&apos;ı açmak için parola cümlenizi girin.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Parola cümlesi</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Aynı parola cümlesi tekrar</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Parola cümlesini tekrarlayın</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Başla</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aç</translation>
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
        <translation>Yönlendirmeler</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Rehber</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Rakamlar</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Bugün</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Aileler</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Buluşmalar</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Saatler</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Kilitle</translation>
    </message>
    <message>
        <source>Lock the app</source>
        <translation>Uygulamayı kilitle</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <source>Meeting</source>
        <translation>Buluşma</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Yeni buluşma</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Yer</translation>
    </message>
    <message>
        <source>Name of the place</source>
        <translation>Yerin adı</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Mahalle</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Konu</translation>
    </message>
    <message>
        <source>Theme in your words</source>
        <translation>Kendi sözlerinizle konu</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Who came</source>
        <translation>Kimler geldi</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Kadınlar</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Erkekler</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Çocuklar</translation>
    </message>
    <message>
        <source>Of whom for the first time</source>
        <translation>Bunlardan ilk kez gelenler</translation>
    </message>
    <message>
        <source>What came up</source>
        <translation>Neler konuşuldu</translation>
    </message>
    <message>
        <source>Questions and needs</source>
        <translation>Sorular ve ihtiyaçlar</translation>
    </message>
    <message>
        <source>In your words</source>
        <translation>Kendi sözlerinizle</translation>
    </message>
    <message>
        <source>What did the mothers ask, what worries them?</source>
        <translation>Anneler ne sordu, onları ne endişelendiriyor?</translation>
    </message>
    <message>
        <source>The provider</source>
        <translation>Kurum</translation>
    </message>
    <message>
        <source>Someone of the provider was there</source>
        <translation>Kurumdan biri oradaydı</translation>
    </message>
    <message>
        <source>Ask the provider to come and give information</source>
        <translation>Kurumdan gelip bilgi vermesini iste</translation>
    </message>
    <message>
        <source>Which provider</source>
        <translation>Hangi kurum</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translation>Buluşmalar</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Yeni buluşma</translation>
    </message>
    <message>
        <source>No meetings recorded yet.</source>
        <translation>Henüz buluşma kaydedilmedi.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Buluşma</translation>
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <translation>
            <numerusform>%n kişi katıldı</numerusform>
        </translation>
    </message>
    <message>
        <source>Provider asked</source>
        <translation>Kurum davet edildi</translation>
    </message>
</context>
<context>
    <name>MessageThread</name>
    <message>
        <source>No messages yet.</source>
        <translation>Henüz mesaj yok.</translation>
    </message>
    <message>
        <source>%1 set the status to: %2</source>
        <translation>%1 durumu şöyle değiştirdi: %2</translation>
    </message>
    <message>
        <source>Write a message</source>
        <translation>Bir mesaj yazın</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mesaj</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Gönder</translation>
    </message>
</context>
<context>
    <name>ReferralPage</name>
    <message>
        <source>Referral</source>
        <translation>Yönlendirme</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>Yeni yönlendirme</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Taslağı kaydet</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Hizmet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gönderildi</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Soru</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>İlk görüşme</translation>
    </message>
    <message>
        <source>Interpreter booked</source>
        <translation>Tercüman ayarlandı</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <source>You are invited</source>
        <translation>Davetlisiniz</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Neden kabul edilmedi</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Öneri</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <source>Reason (family)</source>
        <translation>Neden (aile)</translation>
    </message>
    <message>
        <source>Withdraw referral</source>
        <translation>Yönlendirmeyi geri çek</translation>
    </message>
    <message>
        <source>To which provider</source>
        <translation>Hangi kuruma</translation>
    </message>
    <message>
        <source>Choose a provider</source>
        <translation>Bir kurum seçin</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Kurum</translation>
    </message>
    <message>
        <source>Choose a service</source>
        <translation>Bir hizmet seçin</translation>
    </message>
    <message>
        <source>Consent it rests on</source>
        <translation>Dayandığı onay</translation>
    </message>
    <message>
        <source>There is no consent of this family for this provider yet.</source>
        <translation>Bu ailenin bu kurum için henüz onayı yok.</translation>
    </message>
    <message>
        <source>Given on %1: %2</source>
        <translation>%1 tarihinde verildi: %2</translation>
    </message>
    <message>
        <source>Record consent now</source>
        <translation>Onayı şimdi ekle</translation>
    </message>
    <message>
        <source>The reason, in the family&apos;s own words</source>
        <translation>Neden, ailenin kendi sözleriyle</translation>
    </message>
    <message>
        <source>What does the family want help with?</source>
        <translation>Aile ne konuda yardım istiyor?</translation>
    </message>
    <message>
        <source>What you see</source>
        <translation>Sizin gördüğünüz</translation>
    </message>
    <message>
        <source>Your view, for the caseworker</source>
        <translation>Görüşünüz, gençlik hizmetleri görevlisi için</translation>
    </message>
    <message>
        <source>How soon</source>
        <translation>Ne kadar acil</translation>
    </message>
    <message>
        <source>Language for the talks</source>
        <translation>Görüşmelerin dili</translation>
    </message>
    <message>
        <source>An interpreter is needed</source>
        <translation>Tercüman gerekiyor</translation>
    </message>
    <message>
        <source>I will go along to the intake</source>
        <translation>İlk görüşmeye ben de gideceğim</translation>
    </message>
    <message>
        <source>Send to the provider</source>
        <translation>Kuruma gönder</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mesajlar</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Figures</source>
        <translation>Rakamlar</translation>
    </message>
    <message>
        <source>Saved in your Documents folder: %1</source>
        <extracomment>after an export; %1 is the full path of the file, in the Documents folder</extracomment>
        <translation>Belgeler klasörünüze kaydedildi: %1</translation>
    </message>
    <message>
        <source>%1 days</source>
        <extracomment>a number of days, e.g. &quot;6,5 days&quot;: the middle value over all referrals</extracomment>
        <translation>%1 gün</translation>
    </message>
    <message>
        <source>Middle value of %1 referrals</source>
        <extracomment>%1 is a number of referrals, or &quot;&lt;5&quot;</extracomment>
        <translation>%1 yönlendirmenin ortanca değeri</translation>
    </message>
    <message>
        <source>Not shown: fewer than 5 referrals.</source>
        <translation>Gösterilmiyor: 5&apos;ten az yönlendirme var.</translation>
    </message>
    <message>
        <source>No referrals with this step in this period.</source>
        <translation>Bu dönemde bu adıma gelen yönlendirme yok.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Dönem</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Son 3 ay</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Bu yıl</translation>
    </message>
    <message>
        <source>Choose dates</source>
        <extracomment>choose the first and last day of the report yourself</extracomment>
        <translation>Tarih seçin</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV olarak kaydet</translation>
    </message>
    <message>
        <source>Export the figures as a spreadsheet (CSV)</source>
        <extracomment>button: save the figures as a spreadsheet file (CSV)</extracomment>
        <translation>Rakamları tablo olarak kaydet (CSV)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF olarak kaydet</translation>
    </message>
    <message>
        <source>Export the figures as a PDF report</source>
        <translation>Rakamları PDF rapor olarak kaydet</translation>
    </message>
    <message>
        <source>The figures appear once this device is set up and your data is open.</source>
        <translation>Rakamlar, bu cihaz kurulduktan ve verileriniz açıldıktan sonra görünür.</translation>
    </message>
    <message>
        <source>Whom we reach</source>
        <translation>Kimlere ulaşıyoruz</translation>
    </message>
    <message>
        <source>What we do</source>
        <translation>Ne yapıyoruz</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>Ev ziyaretleri</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Buluşmalar</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Kişiler</translation>
    </message>
    <message>
        <source>Thresholds we see</source>
        <translation>Gördüğümüz engeller</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Yönlendirmeler</translation>
    </message>
    <message>
        <source>Hours and expenses</source>
        <translation>Saatler ve masraflar</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Bu dönemde bir şey yok.</translation>
    </message>
    <message>
        <source>%1 km</source>
        <extracomment>kilometres travelled</extracomment>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>İş yükü</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Aileler</translation>
    </message>
    <message>
        <source>Visits, 30 days</source>
        <extracomment>home visits in the last 30 days</extracomment>
        <translation>Ziyaretler, 30 gün</translation>
    </message>
    <message>
        <source>Open referrals</source>
        <translation>Açık yönlendirmeler</translation>
    </message>
    <message>
        <source>%1 families, %2 visits, %3 open referrals</source>
        <translation>%1 aile, %2 ziyaret, %3 açık yönlendirme</translation>
    </message>
    <message>
        <source>How fast</source>
        <translation>Ne kadar hızlı</translation>
    </message>
    <message>
        <source>Neighbourhood meetings</source>
        <translation>Mahalle buluşmaları</translation>
    </message>
    <message>
        <source>Asked to come</source>
        <translation>Gelmesi istendi</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Katıldı</translation>
    </message>
    <message>
        <source>What came in</source>
        <extracomment>section of the provider&apos;s figures: the referrals that came in</extracomment>
        <translation>Gelen yönlendirmeler</translation>
    </message>
    <message>
        <source>Results</source>
        <extracomment>section of the provider&apos;s figures: outcomes and referrals not accepted</extracomment>
        <translation>Sonuçlar</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Referral</source>
        <translation>Yönlendirme</translation>
    </message>
    <message>
        <source>This referral is no longer shared with you.</source>
        <translation>Bu yönlendirme artık sizinle paylaşılmıyor.</translation>
    </message>
    <message>
        <source>Family %1</source>
        <translation>Aile %1</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Aciliyet</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Hizmet</translation>
    </message>
    <message>
        <source>In the family&apos;s words</source>
        <translation>Ailenin sözleriyle</translation>
    </message>
    <message>
        <source>The intermediary sees</source>
        <translation>Arabulucunun gördüğü</translation>
    </message>
    <message>
        <source>Thresholds seen</source>
        <translation>Görülen engeller</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Tercüman gerekli</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>Intermediary comes along</source>
        <translation>Arabulucu da gelecek</translation>
    </message>
    <message>
        <source>Intermediary</source>
        <translation>Arabulucu</translation>
    </message>
    <message>
        <source>What the family shares</source>
        <translation>Ailenin paylaştıkları</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>İsim</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Mahalle</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Köken</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Diller</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Çocuklar</translation>
    </message>
    <message>
        <source>Consent given on %1 (%2) for: %3. Shared: %4.</source>
        <translation>Onay %1 tarihinde (%2) şunun için verildi: %3. Paylaşılan: %4.</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>Kararınız</translation>
    </message>
    <message>
        <source>Confirm receipt</source>
        <translation>Alındığını onayla</translation>
    </message>
    <message>
        <source>Ask for information</source>
        <translation>Bilgi iste</translation>
    </message>
    <message>
        <source>Plan the intake</source>
        <translation>İlk görüşmeyi planla</translation>
    </message>
    <message>
        <source>Help has started</source>
        <translation>Yardım başladı</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Kabul etme</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Messages with the intermediary</source>
        <translation>Arabulucuyla mesajlar</translation>
    </message>
    <message>
        <source>Your question</source>
        <translation>Sorunuz</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Gün</translation>
    </message>
    <message>
        <source>Time, e.g. 14:30</source>
        <translation>Saat, örn. 14:30</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Saat</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Yer</translation>
    </message>
    <message>
        <source>Interpreter booked</source>
        <translation>Tercüman ayarlandı</translation>
    </message>
    <message>
        <source>Invite the intermediary to come along</source>
        <translation>Arabulucuyu da davet et</translation>
    </message>
    <message>
        <source>Why, in words the family can understand</source>
        <translation>Neden, ailenin anlayacağı sözlerle</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Neden</translation>
    </message>
    <message>
        <source>Where could the family go instead?</source>
        <translation>Aile bunun yerine nereye gidebilir?</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Öneri</translation>
    </message>
    <message>
        <source>Close with an outcome</source>
        <translation>Bir sonuçla kapat</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Not (isteğe bağlı)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Sunucu</translation>
    </message>
    <message>
        <source>This device is connected as %1 (%2) of %3.</source>
        <translation>Bu cihaz, %3 içinde %1 (%2) olarak bağlı.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Eşitleme</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Son eşitleme</translation>
    </message>
    <message>
        <source>To connect again, enter a new code from your coordinator.</source>
        <translation>Yeniden bağlanmak için koordinatörünüzden aldığınız yeni kodu girin.</translation>
    </message>
    <message>
        <source>Enter the server address and the code your coordinator gave you.</source>
        <translation>Sunucu adresini ve koordinatörünüzün verdiği kodu girin.</translation>
    </message>
    <message>
        <source>Server address, e.g. https://brug.example.nl</source>
        <translation>Sunucu adresi, örn. https://brug.example.nl</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Sunucu adresi</translation>
    </message>
    <message>
        <source>Code, e.g. 7K3D-9XQ2-MW4P</source>
        <translation>Kod, örn. 7K3D-9XQ2-MW4P</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Bağlantı kodu</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Bağlanıyor…</translation>
    </message>
    <message>
        <source>Connect this device</source>
        <translation>Bu cihazı bağla</translation>
    </message>
    <message>
        <source>Connected. The first sync starts now.</source>
        <translation>Bağlandı. İlk eşitleme şimdi başlıyor.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Güvenlik</translation>
    </message>
    <message numerus="yes">
        <source>Lock after %n minute(s) without use</source>
        <translation>
            <numerusform>%n dakika kullanılmazsa kilitle</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock time in minutes</source>
        <translation>Kilitleme süresi (dakika)</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Şimdi kilitle</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Hakkında</translation>
    </message>
    <message>
        <source>Brug %1. Made for intermediaries, contact women and youth-care caseworkers who work together, after &quot;With one hand you cannot clap&quot; (FORUM, 2011). Everything is stored encrypted on this device and shared only as the families agreed.</source>
        <translation>Brug %1. Birlikte çalışan arabulucular, irtibat kadınları ve gençlik hizmetleri görevlileri için, &quot;Tek elden ses çıkmaz&quot; (FORUM, 2011) çalışmasından yola çıkılarak yapıldı. Her şey bu cihazda şifreli olarak saklanır ve yalnızca ailelerin onay verdiği şekilde paylaşılır.</translation>
    </message>
</context>
<context>
    <name>SyncBadge</name>
    <message>
        <source>Syncing… %1%</source>
        <translation>Eşitleniyor… %%1</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Şimdi eşitle</translation>
    </message>
</context>
<context>
    <name>TimeEntryPage</name>
    <message>
        <source>Time and expenses</source>
        <translation>Süre ve masraflar</translation>
    </message>
    <message>
        <source>Add time or expenses</source>
        <translation>Süre veya masraf ekle</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Etkinlik</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Ne kadar sürdü</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Dakika</translation>
    </message>
    <message>
        <source>Travel in km</source>
        <translation>Yolculuk (km)</translation>
    </message>
    <message>
        <source>Expenses in euro</source>
        <translation>Masraflar (avro)</translation>
    </message>
    <message>
        <source>What the expenses were for</source>
        <translation>Masraflar ne içindi</translation>
    </message>
</context>
<context>
    <name>TimelineItem</name>
    <message>
        <source>Home visit</source>
        <translation>Ev ziyareti</translation>
    </message>
    <message>
        <source>Consent for %1</source>
        <translation>%1 için onay</translation>
    </message>
    <message>
        <source>Consent withdrawn (%1)</source>
        <translation>Onay geri çekildi (%1)</translation>
    </message>
    <message>
        <source>Referral to %1</source>
        <translation>Yönlendirme (kurum: %1)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Durum: %1</translation>
    </message>
    <message>
        <source>Message from %1</source>
        <translation>Mesaj (gönderen: %1)</translation>
    </message>
</context>
<context>
    <name>VisitPage</name>
    <message>
        <source>Home visit</source>
        <translation>Ev ziyareti</translation>
    </message>
    <message>
        <source>New home visit</source>
        <translation>Yeni ev ziyareti</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>Ziyaret tarihi</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Ne kadar sürdü</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Dakika</translation>
    </message>
    <message>
        <source>Who was there</source>
        <translation>Kimler vardı</translation>
    </message>
    <message>
        <source>Language spoken</source>
        <translation>Konuşulan dil</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Tercüman</translation>
    </message>
    <message>
        <source>What was discussed</source>
        <translation>Neler konuşuldu</translation>
    </message>
    <message>
        <source>What stands in the way</source>
        <translation>Yardıma ulaşmanın önündeki engeller</translation>
    </message>
    <message>
        <source>Tap what you noticed during the visit.</source>
        <translation>Ziyaret sırasında fark ettiklerinize dokunun.</translation>
    </message>
    <message>
        <source>What you did</source>
        <translation>Neler yaptınız</translation>
    </message>
    <message>
        <source>Notes and next step</source>
        <translation>Notlar ve sonraki adım</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Özel not</translation>
    </message>
    <message>
        <source>Only your organisation sees this note.</source>
        <translation>Bu notu sadece sizin kuruluşunuz görür.</translation>
    </message>
    <message>
        <source>Visit again on</source>
        <translation>Tekrar ziyaret tarihi</translation>
    </message>
</context>
<context>
    <name>brug::Actions</name>
    <message>
        <source>The app is locked.</source>
        <translation>Uygulama kilitli.</translation>
    </message>
    <message>
        <source>This referral is no longer there.</source>
        <translation>Bu yönlendirme artık yok.</translation>
    </message>
    <message>
        <source>Choose a provider first.</source>
        <translation>Önce bir kurum seçin.</translation>
    </message>
    <message>
        <source>A referral needs the family&apos;s consent. Record the consent first.</source>
        <translation>Yönlendirme için ailenin onayı gerekir. Önce onayı kaydedin.</translation>
    </message>
    <message>
        <source>The consent for this provider is missing or was withdrawn. Record a new consent first.</source>
        <translation>Bu kurum için onay yok veya geri çekildi. Önce yeni bir onay kaydedin.</translation>
    </message>
    <message>
        <source>This date does not exist.</source>
        <translation>Böyle bir tarih yok.</translation>
    </message>
    <message>
        <source>Write the question.</source>
        <translation>Soruyu yazın.</translation>
    </message>
    <message>
        <source>Choose the day of the intake.</source>
        <translation>İlk görüşmenin gününü seçin.</translation>
    </message>
    <message>
        <source>Write the time as 14:30.</source>
        <translation>Saati 14:30 şeklinde yazın.</translation>
    </message>
    <message>
        <source>Write why, so the intermediary can explain it to the family.</source>
        <translation>Nedenini yazın, böylece arabulucu bunu aileye açıklayabilir.</translation>
    </message>
    <message>
        <source>Choose the outcome.</source>
        <translation>Sonucu seçin.</translation>
    </message>
</context>
<context>
    <name>brug::ConflictListModel</name>
    <message>
        <source>(empty)</source>
        <translation>(boş)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hayır</translation>
    </message>
</context>
<context>
    <name>brug::Language</name>
    <message>
        <source>today</source>
        <translation>bugün</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>yarın</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>dün</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n dk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n sa</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>hours and minutes, e.g. &quot;1 h 30 min&quot;</extracomment>
        <translation>%1 sa %2 dk</translation>
    </message>
</context>
<context>
    <name>brug::RecordForm</name>
    <message>
        <source>Please fill this in.</source>
        <translation>Lütfen bunu doldurun.</translation>
    </message>
    <message>
        <source>This date does not exist.</source>
        <translation>Böyle bir tarih yok.</translation>
    </message>
    <message>
        <source>Fill in a number.</source>
        <translation>Bir sayı girin.</translation>
    </message>
    <message numerus="yes">
        <source>This text is too long (at most %n characters).</source>
        <translation>
            <numerusform>Bu metin çok uzun (en fazla %n karakter).</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill in a number from %1 to %2.</source>
        <translation>%1 ile %2 arasında bir sayı girin.</translation>
    </message>
    <message>
        <source>This value is not allowed.</source>
        <translation>Bu değere izin verilmiyor.</translation>
    </message>
    <message>
        <source>Fill in how long it took.</source>
        <translation>Ne kadar sürdüğünü girin.</translation>
    </message>
    <message>
        <source>Some fields need your attention.</source>
        <translation>Bazı alanlar dikkatinizi gerektiriyor.</translation>
    </message>
    <message>
        <source>The device is full. Free some space; your text is kept.</source>
        <translation>Cihaz dolu. Biraz yer açın; metniniz saklandı.</translation>
    </message>
    <message>
        <source>Could not save. Your text is kept; try again.</source>
        <translation>Kaydedilemedi. Metniniz saklandı; tekrar deneyin.</translation>
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
        <translation>Ulaşılan aileler</translation>
    </message>
    <message>
        <source>Families reached, by country of origin</source>
        <translation>Ulaşılan aileler, geldikleri ülkeye göre</translation>
    </message>
    <message>
        <source>Families reached, by neighbourhood</source>
        <translation>Ulaşılan aileler, mahalleye göre</translation>
    </message>
    <message>
        <source>Home visits per month</source>
        <translation>Aylık ev ziyaretleri</translation>
    </message>
    <message>
        <source>Neighbourhood meetings per month</source>
        <translation>Aylık mahalle buluşmaları</translation>
    </message>
    <message>
        <source>People at meetings per month</source>
        <translation>Aylık buluşmalara katılan kişiler</translation>
    </message>
    <message>
        <source>Who came to the meetings</source>
        <translation>Buluşmalara kimler geldi</translation>
    </message>
    <message>
        <source>Visits per threshold seen</source>
        <extracomment>how many home visits noted each of the 17 thresholds (risk factors) of the brochure</extracomment>
        <translation>Görülen engele göre ziyaretler</translation>
    </message>
    <message>
        <source>Visits per group of thresholds</source>
        <translation>Engel grubuna göre ziyaretler</translation>
    </message>
    <message>
        <source>Visits per action taken</source>
        <translation>Yapılan işe göre ziyaretler</translation>
    </message>
    <message>
        <source>Referrals sent, per service provider</source>
        <translation>Gönderilen yönlendirmeler, kuruma göre</translation>
    </message>
    <message>
        <source>Referrals sent, where they are now</source>
        <translation>Gönderilen yönlendirmeler, şu anki durumu</translation>
    </message>
    <message>
        <source>Days from referral to first meeting (intake)</source>
        <translation>Yönlendirmeden ilk görüşmeye kadar geçen gün</translation>
    </message>
    <message>
        <source>Hours, travel and expenses per person per month</source>
        <translation>Kişi başına aylık saatler, yolculuk ve masraflar</translation>
    </message>
    <message>
        <source>Workload per intermediary</source>
        <translation>Arabulucu başına iş yükü</translation>
    </message>
    <message>
        <source>Referrals received</source>
        <translation>Alınan yönlendirmeler</translation>
    </message>
    <message>
        <source>Referrals received, by country of origin</source>
        <translation>Alınan yönlendirmeler, geldikleri ülkeye göre</translation>
    </message>
    <message>
        <source>Referrals received, per service</source>
        <translation>Alınan yönlendirmeler, hizmete göre</translation>
    </message>
    <message>
        <source>Referrals received, where they are now</source>
        <translation>Alınan yönlendirmeler, şu anki durumu</translation>
    </message>
    <message>
        <source>Days from referral to first answer</source>
        <translation>Yönlendirmeden ilk yanıta kadar geçen gün</translation>
    </message>
    <message>
        <source>How referrals ended</source>
        <translation>Yönlendirmeler nasıl sonuçlandı</translation>
    </message>
    <message>
        <source>Referrals not accepted</source>
        <translation>Kabul edilmeyen yönlendirmeler</translation>
    </message>
    <message>
        <source>Meetings that asked the service to come</source>
        <translation>Hizmetin gelmesinin istendiği buluşmalar</translation>
    </message>
    <message>
        <source>Meetings where the service was present</source>
        <translation>Hizmetin katıldığı buluşmalar</translation>
    </message>
    <message>
        <source>What</source>
        <extracomment>column heading in an exported table of figures</extracomment>
        <translation>Konu</translation>
    </message>
    <message>
        <source>Number</source>
        <extracomment>column heading: a number of families, visits, referrals...</extracomment>
        <translation>Sayı</translation>
    </message>
    <message>
        <source>Middle value in days</source>
        <translation>Gün olarak ortanca değer</translation>
    </message>
    <message>
        <source>Number of referrals</source>
        <translation>Yönlendirme sayısı</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Kişi</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ay</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Dakika</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Saatler</translation>
    </message>
    <message>
        <source>km</source>
        <extracomment>kilometres travelled</extracomment>
        <translation>km</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Masraflar</translation>
    </message>
    <message>
        <source>Active families</source>
        <translation>Aktif aileler</translation>
    </message>
    <message>
        <source>Visits, last 30 days</source>
        <translation>Ziyaretler, son 30 gün</translation>
    </message>
    <message>
        <source>Open referrals</source>
        <translation>Açık yönlendirmeler</translation>
    </message>
    <message>
        <source>Brug figures</source>
        <extracomment>title of the exported report of figures</extracomment>
        <translation>Brug rakamları</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Dönem</translation>
    </message>
    <message>
        <source>Not known</source>
        <extracomment>a country of origin, neighbourhood or provider that is not known</extracomment>
        <translation>Bilinmiyor</translation>
    </message>
    <message>
        <source>No service chosen</source>
        <translation>Hizmet seçilmedi</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Toplam</translation>
    </message>
    <message>
        <source>New, not yet answered</source>
        <extracomment>referral status: not yet answered by the service</extracomment>
        <translation>Yeni, henüz yanıtlanmadı</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Kadınlar</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Erkekler</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Çocuklar</translation>
    </message>
    <message>
        <source>New visitors</source>
        <extracomment>people who came to a meeting for the first time</extracomment>
        <translation>Yeni gelenler</translation>
    </message>
    <message>
        <source>Numbers from 1 to 4 are shown as &lt;5, so that no family can be recognised. A number shown as ≥5 is hidden so that a &lt;5 cannot be worked out from a total.</source>
        <translation>1 ile 4 arasındaki sayılar &lt;5 olarak gösterilir, böylece hiçbir aile tanınamaz. Bazen 5 veya daha büyük bir sayı da gizlenir ve ≥5 olarak gösterilir, böylece bir toplamdan &lt;5 hesaplanamaz.</translation>
    </message>
    <message>
        <source>not shown for fewer than 5 referrals</source>
        <translation>5&apos;ten az yönlendirmede gösterilmez</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Bu dönemde bir şey yok.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <extracomment>page number in the PDF report</extracomment>
        <translation>Sayfa %1</translation>
    </message>
    <message>
        <source>Someone not in the list</source>
        <translation>Listede olmayan biri</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <extracomment>hours and minutes worked, e.g. &quot;12:30&quot;</extracomment>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Choose a file on this device to save to.</source>
        <translation>Kaydetmek için bu cihazda bir dosya seçin.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>%1 klasörü oluşturulamıyor.</translation>
    </message>
    <message>
        <source>Open your data first.</source>
        <translation>Önce verilerinizi açın.</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Dosya kaydedilemedi: %1</translation>
    </message>
    <message>
        <source>Figures of %1</source>
        <extracomment>title of the PDF report; %1 is the organisation&apos;s name</extracomment>
        <translation>%1 rakamları</translation>
    </message>
    <message>
        <source>Made with Brug on %1</source>
        <extracomment>at the foot of every page of the PDF report; %1 is today&apos;s date</extracomment>
        <translation>%1 tarihinde Brug ile hazırlandı</translation>
    </message>
</context>
<context>
    <name>brug::Session</name>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n characters.</source>
        <translation>
            <numerusform>En az %n karakterlik bir parola cümlesi seçin.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>İki parola cümlesi aynı değil.</translation>
    </message>
</context>
<context>
    <name>brug::SyncStatus</name>
    <message>
        <source>Not connected to a server</source>
        <translation>Bir sunucuya bağlı değil</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Çevrimdışı</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Eşitleniyor…</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Güncel</translation>
    </message>
    <message>
        <source>Sync problem</source>
        <translation>Eşitleme sorunu</translation>
    </message>
    <message>
        <source>This device was erased</source>
        <translation>Bu cihaz silindi</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>Gönderilmeyi bekleyen %n değişiklik</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill in the server address and the code.</source>
        <translation>Sunucu adresini ve kodu girin.</translation>
    </message>
    <message>
        <source>The date or time on this device is wrong. Set it right in the device&apos;s settings.</source>
        <translation>Bu cihazdaki tarih veya saat yanlış. Cihazın ayarlarından düzeltin.</translation>
    </message>
</context>
</TS>
