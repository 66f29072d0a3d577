<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>BarChart</name>
    <message>
        <source>Nothing in this period.</source>
        <translation>لا شيء في هذه الفترة.</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Knowing the way</source>
        <translation>معرفة الطريق</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>الثقة</translation>
    </message>
    <message>
        <source>Fit of the service</source>
        <translation>ملاءمة الخدمة</translation>
    </message>
    <message>
        <source>Does not know the services</source>
        <translation>عدم معرفة الخدمات</translation>
    </message>
    <message>
        <source>The family does not know what youth services exist or what they do.</source>
        <translation>لا تعرف الأسرة ما هي خدمات الشباب والأسرة الموجودة أو ماذا تفعل.</translation>
    </message>
    <message>
        <source>Little support around them</source>
        <translation>دعم قليل من المحيط</translation>
    </message>
    <message>
        <source>Few relatives or friends nearby who can help.</source>
        <translation>أقارب أو أصدقاء قليلون في القرب يمكنهم المساعدة.</translation>
    </message>
    <message>
        <source>Does not yet see the problem</source>
        <translation>عدم رؤية المشكلة بعد</translation>
    </message>
    <message>
        <source>The parents do not yet see that help could be useful.</source>
        <translation>لا يرى الوالدان بعد أن المساعدة قد تكون مفيدة.</translation>
    </message>
    <message>
        <source>Finds it hard to act alone</source>
        <translation>صعوبة التصرف دون مساعدة</translation>
    </message>
    <message>
        <source>The parents find it hard to take steps on their own.</source>
        <translation>يجد الوالدان صعوبة في اتخاذ خطوات بمفردهما.</translation>
    </message>
    <message>
        <source>Service is far away</source>
        <translation>الخدمة بعيدة</translation>
    </message>
    <message>
        <source>The service is hard to reach from home.</source>
        <translation>من الصعب الوصول إلى الخدمة من البيت.</translation>
    </message>
    <message>
        <source>Service feels foreign</source>
        <translation>الخدمة تبدو غريبة</translation>
    </message>
    <message>
        <source>The service looks and feels very Dutch to the family.</source>
        <translation>تبدو الخدمة للأسرة هولندية جدًا في شكلها وطريقتها.</translation>
    </message>
    <message>
        <source>Distrust of youth services</source>
        <translation>عدم الثقة في خدمات الشباب والأسرة</translation>
    </message>
    <message>
        <source>The family fears or distrusts youth services.</source>
        <translation>تخاف الأسرة من خدمات الشباب والأسرة أو لا تثق بها.</translation>
    </message>
    <message>
        <source>Bad experiences before</source>
        <translation>تجارب سيئة سابقة</translation>
    </message>
    <message>
        <source>The family had bad experiences with services.</source>
        <translation>مرّت الأسرة بتجارب سيئة مع الخدمات.</translation>
    </message>
    <message>
        <source>Fear of not being understood</source>
        <translation>الخوف من عدم الفهم</translation>
    </message>
    <message>
        <source>Worry that the language will stand in the way.</source>
        <translation>القلق من أن تكون اللغة عائقًا.</translation>
    </message>
    <message>
        <source>Shame and taboo</source>
        <translation>الحياء والمحرمات</translation>
    </message>
    <message>
        <source>Some subjects are hard to talk about in the family.</source>
        <translation>بعض المواضيع يصعب الحديث عنها داخل الأسرة.</translation>
    </message>
    <message>
        <source>Too little time for the family</source>
        <translation>وقت قليل جدًا للأسرة</translation>
    </message>
    <message>
        <source>The service has little time for families who need more.</source>
        <translation>لدى الخدمة وقت قليل للأسر التي تحتاج إلى المزيد.</translation>
    </message>
    <message>
        <source>No help in the neighbourhood</source>
        <translation>لا توجد مساعدة في الحي</translation>
    </message>
    <message>
        <source>The service does not work where families are.</source>
        <translation>الخدمة لا تعمل حيث توجد الأسر.</translation>
    </message>
    <message>
        <source>Staff not diverse</source>
        <translation>الموظفون غير متنوعين</translation>
    </message>
    <message>
        <source>Few staff from the family&apos;s community.</source>
        <translation>عدد قليل من الموظفين من جالية الأسرة.</translation>
    </message>
    <message>
        <source>Methods do not fit</source>
        <translation>طرق العمل غير مناسبة</translation>
    </message>
    <message>
        <source>The usual way of working does not suit this family.</source>
        <translation>طريقة العمل المعتادة لا تناسب هذه الأسرة.</translation>
    </message>
    <message>
        <source>Low motivation of professionals</source>
        <translation>حماس قليل لدى المهنيين</translation>
    </message>
    <message>
        <source>Professionals show little drive to reach the family.</source>
        <translation>يبذل المهنيون جهدًا قليلًا للوصول إلى الأسرة.</translation>
    </message>
    <message>
        <source>Little intercultural skill</source>
        <translation>معرفة قليلة بالثقافات الأخرى</translation>
    </message>
    <message>
        <source>Professionals lack knowledge of the family&apos;s culture.</source>
        <translation>لا يعرف المهنيون ما يكفي عن ثقافة الأسرة.</translation>
    </message>
    <message>
        <source>Complicated intake</source>
        <translation>مقابلة أولى معقدة</translation>
    </message>
    <message>
        <source>The first steps at the service are hard to follow.</source>
        <translation>الخطوات الأولى في الخدمة صعبة الفهم.</translation>
    </message>
    <message>
        <source>Information about services</source>
        <translation>معلومات عن الخدمات</translation>
    </message>
    <message>
        <source>Explained what the services do and how.</source>
        <translation>شرح ما تقوم به الخدمات وكيف.</translation>
    </message>
    <message>
        <source>Reached out through own network</source>
        <translation>الوصول عن طريق شبكة المعارف الخاصة</translation>
    </message>
    <message>
        <source>Visit to the service together</source>
        <translation>زيارة الخدمة معًا</translation>
    </message>
    <message>
        <source>Radio or leaflets in own language</source>
        <translation>راديو أو منشورات باللغة الأم</translation>
    </message>
    <message>
        <source>Support as a network</source>
        <translation>الدعم كشبكة للأسرة</translation>
    </message>
    <message>
        <source>Helped meet other parents</source>
        <translation>المساعدة على التعرف إلى آباء وأمهات آخرين</translation>
    </message>
    <message>
        <source>Theme meeting on parenting</source>
        <translation>لقاء حول تربية الأطفال</translation>
    </message>
    <message>
        <source>Explained what is going on</source>
        <translation>شرح ما يحدث</translation>
    </message>
    <message>
        <source>Psycho-education: helped the parents understand the situation.</source>
        <translation>التثقيف النفسي: مساعدة الوالدين على فهم الوضع.</translation>
    </message>
    <message>
        <source>Encouraged and strengthened</source>
        <translation>التشجيع والتقوية</translation>
    </message>
    <message>
        <source>Empowerment: motivated the parents to take their own steps.</source>
        <translation>التمكين: تحفيز الوالدين على اتخاذ خطواتهم بأنفسهم.</translation>
    </message>
    <message>
        <source>Built trust in the service</source>
        <translation>بناء الثقة في الخدمة</translation>
    </message>
    <message>
        <source>Talked about difficult subjects</source>
        <translation>الحديث عن مواضيع صعبة</translation>
    </message>
    <message>
        <source>Went along to an appointment</source>
        <translation>المرافقة إلى موعد</translation>
    </message>
    <message>
        <source>Interpreted</source>
        <translation>الترجمة الشفهية</translation>
    </message>
    <message>
        <source>Advised the service on culture</source>
        <translation>تقديم نصائح ثقافية للخدمة</translation>
    </message>
    <message>
        <source>Case discussion</source>
        <translation>تشاور حول وضع الأسرة</translation>
    </message>
    <message>
        <source>Duo coaching</source>
        <translation>الإرشاد الثنائي</translation>
    </message>
    <message>
        <source>Referred to a service</source>
        <translation>الإحالة إلى خدمة</translation>
    </message>
    <message>
        <source>Professional came to the neighbourhood</source>
        <translation>حضور مختص إلى الحي</translation>
    </message>
    <message>
        <source>Simpler intake</source>
        <translation>مقابلة أولى أبسط</translation>
    </message>
    <message>
        <source>Raising children</source>
        <translation>تربية الأطفال</translation>
    </message>
    <message>
        <source>School</source>
        <translation>المدرسة</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>الصحة</translation>
    </message>
    <message>
        <source>How children grow</source>
        <translation>نمو الأطفال</translation>
    </message>
    <message>
        <source>Teenagers</source>
        <translation>المراهقون</translation>
    </message>
    <message>
        <source>Peace in the home</source>
        <translation>السلام في البيت</translation>
    </message>
    <message>
        <source>Money matters</source>
        <translation>أمور المال</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>السكن</translation>
    </message>
    <message>
        <source>Youth services</source>
        <translation>خدمات الشباب والأسرة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Phones and screens</source>
        <translation>الهواتف والشاشات</translation>
    </message>
    <message>
        <source>Feeling alone</source>
        <translation>الشعور بالوحدة</translation>
    </message>
    <message>
        <source>Changes in the family</source>
        <translation>تغيّرات في الأسرة</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>غير ذلك</translation>
    </message>
    <message>
        <source>Mosque</source>
        <translation>المسجد</translation>
    </message>
    <message>
        <source>Community centre</source>
        <translation>مركز الحي</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>في البيت</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <source>Church</source>
        <translation>الكنيسة</translation>
    </message>
    <message>
        <source>Other place</source>
        <translation>مكان آخر</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>الأم</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>الأب</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>الطفل</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>الجد أو الجدة</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>قريب آخر</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>المترجم</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>شخص آخر</translation>
    </message>
    <message>
        <source>No interpreter</source>
        <translation>بدون مترجم</translation>
    </message>
    <message>
        <source>I interpreted</source>
        <translation>ترجمتُ بنفسي</translation>
    </message>
    <message>
        <source>A family member</source>
        <translation>أحد أفراد الأسرة</translation>
    </message>
    <message>
        <source>Professional interpreter</source>
        <translation>مترجم محترف</translation>
    </message>
    <message>
        <source>Interpreter by phone</source>
        <translation>مترجم عبر الهاتف</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>الهولندية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Tamazight (Berber)</source>
        <translation>الأمازيغية (تمازيغت)</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>التركية</translation>
    </message>
    <message>
        <source>Kurdish</source>
        <translation>الكردية</translation>
    </message>
    <message>
        <source>Twi</source>
        <translation>التوي</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>الصومالية</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>التغرينية</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>الفارسية</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>الدارية</translation>
    </message>
    <message>
        <source>Papiamento</source>
        <translation>البابيامنتو</translation>
    </message>
    <message>
        <source>Sranan Tongo</source>
        <translation>السرانان تونغو</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>البولندية</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>الإسبانية</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>المغرب</translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation>تركيا</translation>
    </message>
    <message>
        <source>Ghana</source>
        <translation>غانا</translation>
    </message>
    <message>
        <source>Suriname</source>
        <translation>سورينام</translation>
    </message>
    <message>
        <source>Curaçao</source>
        <translation>كوراساو</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>سوريا</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation>إريتريا</translation>
    </message>
    <message>
        <source>Somalia</source>
        <translation>الصومال</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>أفغانستان</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>العراق</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>إيران</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>نيجيريا</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>مصر</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>بولندا</translation>
    </message>
    <message>
        <source>The Netherlands</source>
        <translation>هولندا</translation>
    </message>
    <message>
        <source>Other country</source>
        <translation>بلد آخر</translation>
    </message>
    <message>
        <source>Intermediary</source>
        <translation>الوسيط</translation>
    </message>
    <message>
        <source>Contact woman</source>
        <translation>المرأة المنسقة</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>منسق المنظمة</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>المسؤول في خدمات الشباب</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>المدير</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>The family&apos;s name.</source>
        <translation>اسم الأسرة.</translation>
    </message>
    <message>
        <source>Phone and address</source>
        <translation>الهاتف والعنوان</translation>
    </message>
    <message>
        <source>How the service can reach the family.</source>
        <translation>كيف يمكن للخدمة التواصل مع الأسرة.</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>الحي</translation>
    </message>
    <message>
        <source>Postcode and neighbourhood.</source>
        <translation>الرمز البريدي والحي.</translation>
    </message>
    <message>
        <source>Origin and languages</source>
        <translation>الأصل واللغات</translation>
    </message>
    <message>
        <source>Country of origin and the languages spoken.</source>
        <translation>بلد الأصل واللغات المستعملة.</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>الأطفال</translation>
    </message>
    <message>
        <source>Birth years of the children.</source>
        <translation>سنوات ميلاد الأطفال.</translation>
    </message>
    <message>
        <source>Referral to the service</source>
        <translation>الإحالة إلى الخدمة</translation>
    </message>
    <message>
        <source>First meeting (intake)</source>
        <translation>اللقاء الأول (المقابلة الأولى)</translation>
    </message>
    <message>
        <source>Sharing information</source>
        <translation>تبادل المعلومات</translation>
    </message>
    <message>
        <source>Spoken, with a witness</source>
        <translation>شفهيًا، بحضور شاهد</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>بالتوقيع</translation>
    </message>
    <message>
        <source>Through an interpreter</source>
        <translation>عن طريق مترجم</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>عادي</translation>
    </message>
    <message>
        <source>Soon</source>
        <translation>قريبًا</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>عاجل</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>أُرسلت</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>سُحبت</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>استُلمت</translation>
    </message>
    <message>
        <source>More information asked</source>
        <translation>طُلبت معلومات إضافية</translation>
    </message>
    <message>
        <source>Intake planned</source>
        <translation>حُدّد موعد المقابلة الأولى</translation>
    </message>
    <message>
        <source>Receiving help</source>
        <translation>يتلقى المساعدة</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>لم يُقبل</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>أُغلقت</translation>
    </message>
    <message>
        <source>Family was helped</source>
        <translation>تمت مساعدة الأسرة</translation>
    </message>
    <message>
        <source>Referred elsewhere</source>
        <translation>أُحيلت إلى جهة أخرى</translation>
    </message>
    <message>
        <source>No help needed</source>
        <translation>لا حاجة إلى المساعدة</translation>
    </message>
    <message>
        <source>Family stopped</source>
        <translation>توقفت الأسرة</translation>
    </message>
    <message>
        <source>Other outcome</source>
        <translation>نتيجة أخرى</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>زيارة منزلية</translation>
    </message>
    <message>
        <source>Neighbourhood meeting</source>
        <translation>لقاء الحي</translation>
    </message>
    <message>
        <source>Going along</source>
        <translation>المرافقة</translation>
    </message>
    <message>
        <source>Interpreting</source>
        <translation>الترجمة الشفهية</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>مكالمة هاتفية</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>التنقل</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>تدريب</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>تشاور</translation>
    </message>
    <message>
        <source>Other activity</source>
        <translation>نشاط آخر</translation>
    </message>
    <message>
        <source>Girl</source>
        <translation>بنت</translation>
    </message>
    <message>
        <source>Boy</source>
        <translation>ولد</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Migrant organisation</source>
        <translation>جمعية المهاجرين</translation>
    </message>
    <message>
        <source>Youth-care provider</source>
        <translation>مؤسسة خدمات الشباب والأسرة</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>البلدية</translation>
    </message>
</context>
<context>
    <name>ConflictBanner</name>
    <message>
        <source>This was changed in two places at once.</source>
        <translation>تم تغيير هذا في مكانين في الوقت نفسه.</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>الآن: %1</translation>
    </message>
    <message>
        <source>Other version: %1</source>
        <translation>النسخة الأخرى: %1</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>الاحتفاظ بهذه</translation>
    </message>
    <message>
        <source>Use the other version</source>
        <translation>استخدام النسخة الأخرى</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Provider</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>What is shared</source>
        <translation>ما يُشارَك</translation>
    </message>
    <message>
        <source>For what</source>
        <translation>لأي غرض</translation>
    </message>
    <message>
        <source>How it was given</source>
        <translation>كيف أُعطيت</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>تسجيل الموافقة</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Save consent</source>
        <translation>حفظ الموافقة</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>الخطوة %1 من %2: %3</translation>
    </message>
    <message>
        <source>Withdrawn on %1</source>
        <translation>سُحبت في %1</translation>
    </message>
    <message>
        <source>Given on %1</source>
        <translation>أُعطيت في %1</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>ما يُشارَك</translation>
    </message>
    <message>
        <source>For</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>How</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>الشاهد</translation>
    </message>
    <message>
        <source>Reason for withdrawal</source>
        <translation>سبب السحب</translation>
    </message>
    <message>
        <source>Withdraw this consent</source>
        <translation>سحب هذه الموافقة</translation>
    </message>
    <message>
        <source>With which provider may information be shared?</source>
        <translation>مع أي مؤسسة يمكن مشاركة المعلومات؟</translation>
    </message>
    <message>
        <source>What may the provider know? The code of the family is always shared.</source>
        <translation>ما الذي يمكن للمؤسسة أن تعرفه؟ رمز الأسرة يُشارَك دائمًا.</translation>
    </message>
    <message>
        <source>In your words (optional)</source>
        <translation>بكلماتك (اختياري)</translation>
    </message>
    <message>
        <source>How was consent given?</source>
        <translation>كيف أُعطيت الموافقة؟</translation>
    </message>
    <message>
        <source>Name of the witness</source>
        <translation>اسم الشاهد</translation>
    </message>
    <message>
        <source>Interpreted from</source>
        <translation>مترجمة من</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>تاريخ الموافقة</translation>
    </message>
    <message>
        <source>Check with the family</source>
        <translation>المراجعة مع الأسرة</translation>
    </message>
    <message>
        <source>%1 may receive: %2. For: %3.</source>
        <translation>يمكن أن تتلقى %1: %2. الغرض: %3.</translation>
    </message>
    <message>
        <source>The family can withdraw this consent at any time. The provider then no longer sees the information.</source>
        <translation>يمكن للأسرة سحب هذه الموافقة في أي وقت. وعندها لن ترى المؤسسة المعلومات بعد ذلك.</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>سحب الموافقة</translation>
    </message>
    <message>
        <source>From today the provider no longer sees this family through this consent. Referrals that rest on it stop.</source>
        <translation>ابتداءً من اليوم لن ترى المؤسسة هذه الأسرة عن طريق هذه الموافقة. والإحالات المبنية عليها تتوقف.</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>السبب (اختياري)</translation>
    </message>
</context>
<context>
    <name>Counter</name>
    <message>
        <source>One less: %1</source>
        <translation>إنقاص واحد: %1</translation>
    </message>
    <message>
        <source>One more: %1</source>
        <translation>زيادة واحد: %1</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose a day</source>
        <translation>اختيار يوم</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>بعد %n يوم</numerusform>
            <numerusform>بعد %n يوم</numerusform>
            <numerusform>بعد %n يومين</numerusform>
            <numerusform>بعد %n أيام</numerusform>
            <numerusform>بعد %n يومًا</numerusform>
            <numerusform>بعد %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>No date</source>
        <translation>بدون تاريخ</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>الشهر السابق</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>الشهر التالي</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Directory</source>
        <translation>الدليل</translation>
    </message>
    <message>
        <source>The directory is empty. It arrives with the first sync.</source>
        <translation>الدليل فارغ. سيصل مع أول مزامنة.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>أوقات العمل</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>الاتصال بـ %1</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>العرض على الخريطة</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>الخدمات</translation>
    </message>
    <message>
        <source>Ages %1 to %2</source>
        <translation>الأعمار من %1 إلى %2</translation>
    </message>
    <message>
        <source>Fixed contact persons</source>
        <translation>أشخاص الاتصال الثابتون</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>اتصال</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>عبارة المرور غير صحيحة. يرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>This file is not a Brug store. It was not changed.</source>
        <translation>هذا الملف ليس ملف بيانات لـ Brug. لم يتم تغييره.</translation>
    </message>
    <message>
        <source>The store is damaged. It was not changed. Ask your coordinator for help.</source>
        <translation>ملف البيانات تالف. لم يتم تغييره. يرجى طلب المساعدة من منسق المنظمة.</translation>
    </message>
    <message>
        <source>This store was made by a newer Brug. Please update the app.</source>
        <translation>ملف البيانات هذا أُنشئ بإصدار أحدث من Brug. يرجى تحديث التطبيق.</translation>
    </message>
    <message>
        <source>The key file of the store is missing. It was not changed.</source>
        <translation>ملف المفتاح الخاص بملف البيانات مفقود. لم يتم تغيير شيء.</translation>
    </message>
    <message>
        <source>The device is full. Free some space; nothing was lost.</source>
        <translation>الجهاز ممتلئ. يرجى إفراغ بعض المساحة؛ لم يضع شيء.</translation>
    </message>
    <message>
        <source>Brug cannot write its files here.</source>
        <translation>لا يستطيع Brug كتابة ملفاته هنا.</translation>
    </message>
    <message>
        <source>The store is busy. Try again in a moment.</source>
        <translation>ملف البيانات مشغول. يرجى المحاولة بعد لحظة.</translation>
    </message>
    <message>
        <source>The device could not read or write. Try again.</source>
        <translation>لم يتمكن الجهاز من القراءة أو الكتابة. يرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>Something in the form does not fit. Check the fields.</source>
        <translation>هناك شيء غير صحيح في الاستمارة. يرجى مراجعة الخانات.</translation>
    </message>
    <message>
        <source>This item is no longer there.</source>
        <translation>هذا العنصر لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was lost.</source>
        <translation>حدث خطأ ما. لم يضع شيء.</translation>
    </message>
    <message>
        <source>No connection to the server. Brug will try again.</source>
        <translation>لا يوجد اتصال بالخادم. سيحاول Brug مرة أخرى.</translation>
    </message>
    <message>
        <source>The server no longer knows this device. Enrol it again in Settings.</source>
        <translation>لم يعد الخادم يتعرّف على هذا الجهاز. يرجى ربطه من جديد في الإعدادات.</translation>
    </message>
    <message>
        <source>The store could not be written. Free some space and try again.</source>
        <translation>تعذّر حفظ ملف البيانات. يرجى إفراغ بعض المساحة والمحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>The server has a problem. Brug will try again.</source>
        <translation>الخادم يواجه مشكلة. سيحاول Brug مرة أخرى.</translation>
    </message>
    <message>
        <source>Too many tries. Wait ten minutes.</source>
        <translation>محاولات كثيرة جدًا. يرجى الانتظار عشر دقائق.</translation>
    </message>
    <message>
        <source>This code is not valid. Ask your coordinator for a new one.</source>
        <translation>هذا الرمز غير صالح. يرجى طلب رمز جديد من منسق المنظمة.</translation>
    </message>
    <message>
        <source>Sync failed. Brug will try again.</source>
        <translation>فشلت المزامنة. سيحاول Brug مرة أخرى.</translation>
    </message>
    <message>
        <source>The server could not prove who it is. Nothing was sent. Ask your coordinator.</source>
        <translation>لم يتمكن الخادم من إثبات هويته. لم يُرسَل أي شيء. يرجى سؤال منسق المنظمة.</translation>
    </message>
    <message>
        <source>This server address is not secure. Use an address that starts with https://.</source>
        <translation>عنوان الخادم هذا غير آمن. استخدم عنوانًا يبدأ بـ ‎https://‎.</translation>
    </message>
    <message>
        <source>This is not a server address. Check it and try again.</source>
        <translation>هذا ليس عنوان خادم. تحقّق منه وحاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>FamiliesPage</name>
    <message>
        <source>Visit which family?</source>
        <translation>زيارة أي أسرة؟</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>الأسر</translation>
    </message>
    <message>
        <source>Search by code, name or neighbourhood</source>
        <translation>البحث بالرمز أو الاسم أو الحي</translation>
    </message>
    <message>
        <source>Search families</source>
        <translation>البحث عن أسر</translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies) found</source>
        <translation>
            <numerusform>تم العثور على %n أسرة</numerusform>
            <numerusform>تم العثور على %n أسرة</numerusform>
            <numerusform>تم العثور على %n أسرتين</numerusform>
            <numerusform>تم العثور على %n أسر</numerusform>
            <numerusform>تم العثور على %n أسرة</numerusform>
            <numerusform>تم العثور على %n أسرة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies)</source>
        <translation>
            <numerusform>%n أسرة</numerusform>
            <numerusform>%n أسرة</numerusform>
            <numerusform>%n أسرتين</numerusform>
            <numerusform>%n أسر</numerusform>
            <numerusform>%n أسرة</numerusform>
            <numerusform>%n أسرة</numerusform>
        </translation>
    </message>
    <message>
        <source>No family matches. Check the spelling or search by code.</source>
        <translation>لا توجد أسرة مطابقة. يرجى التحقق من الكتابة أو البحث بالرمز.</translation>
    </message>
    <message>
        <source>No families yet. Add the first family you visit.</source>
        <translation>لا توجد أسر بعد. يمكنك إضافة أول أسرة تزورها.</translation>
    </message>
    <message>
        <source>Add a family</source>
        <translation>إضافة أسرة</translation>
    </message>
</context>
<context>
    <name>FamilyEditPage</name>
    <message>
        <source>Edit family</source>
        <translation>تعديل بيانات الأسرة</translation>
    </message>
    <message>
        <source>New family</source>
        <translation>أسرة جديدة</translation>
    </message>
    <message>
        <source>Lists show the code, not the name. Fill in only what the family agrees to.</source>
        <translation>تعرض القوائم الرمز وليس الاسم. يُكتب فقط ما توافق عليه الأسرة.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>الحي</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>بلد الأصل</translation>
    </message>
    <message>
        <source>Languages spoken at home</source>
        <translation>اللغات المستعملة في البيت</translation>
    </message>
    <message>
        <source>Language they speak best</source>
        <translation>اللغة التي يتحدثونها أفضل</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>الأطفال</translation>
    </message>
    <message>
        <source>Birth year only; no names.</source>
        <translation>سنة الميلاد فقط؛ بدون أسماء.</translation>
    </message>
    <message>
        <source>Birth year of child %1</source>
        <translation>سنة ميلاد الطفل %1</translation>
    </message>
    <message>
        <source>Child %1</source>
        <translation>الطفل %1</translation>
    </message>
    <message>
        <source>Remove child %1</source>
        <translation>إزالة الطفل %1</translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation>إضافة طفل</translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <source>Family %1</source>
        <translation>الأسرة %1</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>الحي</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>الأصل</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Speaks best</source>
        <translation>اللغة الأفضل</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>الأطفال</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>مواليد %1</translation>
    </message>
    <message>
        <source>age unknown</source>
        <translation>العمر غير معروف</translation>
    </message>
    <message>
        <source>Intermediary</source>
        <translation>الوسيط</translation>
    </message>
    <message>
        <source>Record a visit</source>
        <translation>تسجيل زيارة</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>تسجيل الموافقة</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>إحالة</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>لم يُسجَّل شيء بعد.</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Your unsaved text was kept.</source>
        <translation>تم الاحتفاظ بالنص الذي لم يُحفَظ بعد.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>لم يُحفَظ بعد</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>التراجع عن التغييرات</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>مرحبًا، %1</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>آخر مزامنة: %1</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>مزامنة</translation>
    </message>
    <message>
        <source>New home visit</source>
        <translation>زيارة منزلية جديدة</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>لقاء جديد</translation>
    </message>
    <message>
        <source>New family</source>
        <translation>أسرة جديدة</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>المهام</translation>
    </message>
    <message>
        <source>Nothing due this week.</source>
        <translation>لا شيء مطلوب هذا الأسبوع.</translation>
    </message>
    <message>
        <source>Intake: go along with %1</source>
        <translation>المقابلة الأولى: مرافقة %1</translation>
    </message>
    <message>
        <source>Visit again: %1</source>
        <translation>زيارة مرة أخرى: %1</translation>
    </message>
    <message>
        <source>Recent families</source>
        <translation>الأسر الأخيرة</translation>
    </message>
    <message>
        <source>No families yet. Add the first family you visit.</source>
        <translation>لا توجد أسر بعد. يمكنك إضافة أول أسرة تزورها.</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <source>Hours and expenses</source>
        <translation>الساعات والمصاريف</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>الشهر السابق</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>الشهر التالي</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>التنقل</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 كم</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>المصاريف</translation>
    </message>
    <message>
        <source>Add time or expenses</source>
        <translation>إضافة وقت أو مصاريف</translation>
    </message>
    <message>
        <source>Nothing recorded this month.</source>
        <translation>لم يُسجَّل شيء هذا الشهر.</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Referrals</source>
        <translation>الإحالات</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n جديدة</numerusform>
            <numerusform>%n جديدة</numerusform>
            <numerusform>%n جديدتان</numerusform>
            <numerusform>%n جديدة</numerusform>
            <numerusform>%n جديدة</numerusform>
            <numerusform>%n جديدة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n arrived since you last looked</source>
        <translation>
            <numerusform>وصلت %n إحالة منذ آخر اطلاع لك</numerusform>
            <numerusform>وصلت %n إحالة منذ آخر اطلاع لك</numerusform>
            <numerusform>وصلت %n إحالتان منذ آخر اطلاع لك</numerusform>
            <numerusform>وصلت %n إحالات منذ آخر اطلاع لك</numerusform>
            <numerusform>وصلت %n إحالة منذ آخر اطلاع لك</numerusform>
            <numerusform>وصلت %n إحالة منذ آخر اطلاع لك</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>New</source>
        <translation>الجديدة</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>كل الخدمات</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>No referrals here.</source>
        <translation>لا توجد إحالات هنا.</translation>
    </message>
    <message>
        <source>Family %1</source>
        <translation>الأسرة %1</translation>
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
        <translation>أهلًا وسهلًا. يرجى اختيار عبارة مرور. فهي تحمي بيانات الأسر على هذا الجهاز؛ ولا يستطيع أحد فتحها بدون عبارة المرور.</translation>
    </message>
    <message>
        <source>This device was taken out of use by your coordinator, and its data was erased.</source>
        <translation>أوقف منسق المنظمة استخدام هذا الجهاز، وتم مسح بياناته.</translation>
    </message>
    <message>
        <source>Enter your passphrase to open Brug.</source>
        <translation>يرجى إدخال عبارة المرور لفتح Brug.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>عبارة المرور نفسها مرة أخرى</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>تكرار عبارة المرور</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
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
        <translation>الإحالات</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>الدليل</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>الأسر</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>اللقاءات</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>الساعات</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <source>Lock the app</source>
        <translation>قفل التطبيق</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <source>Meeting</source>
        <translation>اللقاء</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>لقاء جديد</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Name of the place</source>
        <translation>اسم المكان</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>الحي</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Theme in your words</source>
        <translation>الموضوع بكلماتك</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Who came</source>
        <translation>من حضر</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>النساء</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>الرجال</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>الأطفال</translation>
    </message>
    <message>
        <source>Of whom for the first time</source>
        <translation>منهم لأول مرة</translation>
    </message>
    <message>
        <source>What came up</source>
        <translation>ما الذي طُرح</translation>
    </message>
    <message>
        <source>Questions and needs</source>
        <translation>الأسئلة والاحتياجات</translation>
    </message>
    <message>
        <source>In your words</source>
        <translation>بكلماتك</translation>
    </message>
    <message>
        <source>What did the mothers ask, what worries them?</source>
        <translation>ماذا سألت الأمهات، وما الذي يقلقهن؟</translation>
    </message>
    <message>
        <source>The provider</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Someone of the provider was there</source>
        <translation>حضر شخص من المؤسسة</translation>
    </message>
    <message>
        <source>Ask the provider to come and give information</source>
        <translation>طلب حضور المؤسسة لتقديم معلومات</translation>
    </message>
    <message>
        <source>Which provider</source>
        <translation>أي مؤسسة</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translation>اللقاءات</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>لقاء جديد</translation>
    </message>
    <message>
        <source>No meetings recorded yet.</source>
        <translation>لم تُسجَّل لقاءات بعد.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>اللقاء</translation>
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <translation>
            <numerusform>الحضور: %n</numerusform>
            <numerusform>الحضور: %n</numerusform>
            <numerusform>الحضور: %n</numerusform>
            <numerusform>الحضور: %n</numerusform>
            <numerusform>الحضور: %n</numerusform>
            <numerusform>الحضور: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Provider asked</source>
        <translation>تم طلب المؤسسة</translation>
    </message>
</context>
<context>
    <name>MessageThread</name>
    <message>
        <source>No messages yet.</source>
        <translation>لا توجد رسائل بعد.</translation>
    </message>
    <message>
        <source>%1 set the status to: %2</source>
        <translation>غيّر %1 الحالة إلى: %2</translation>
    </message>
    <message>
        <source>Write a message</source>
        <translation>كتابة رسالة</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
</context>
<context>
    <name>ReferralPage</name>
    <message>
        <source>Referral</source>
        <translation>الإحالة</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>إحالة جديدة</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>حفظ المسودة</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>أُرسلت</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>المقابلة الأولى</translation>
    </message>
    <message>
        <source>Interpreter booked</source>
        <translation>تم حجز مترجم</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>You are invited</source>
        <translation>تمت دعوتك</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>سبب عدم القبول</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>اقتراح</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Reason (family)</source>
        <translation>السبب (الأسرة)</translation>
    </message>
    <message>
        <source>Withdraw referral</source>
        <translation>سحب الإحالة</translation>
    </message>
    <message>
        <source>To which provider</source>
        <translation>إلى أي مؤسسة</translation>
    </message>
    <message>
        <source>Choose a provider</source>
        <translation>اختيار مؤسسة</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Choose a service</source>
        <translation>اختيار خدمة</translation>
    </message>
    <message>
        <source>Consent it rests on</source>
        <translation>الموافقة التي تستند إليها</translation>
    </message>
    <message>
        <source>There is no consent of this family for this provider yet.</source>
        <translation>لا توجد بعد موافقة من هذه الأسرة لهذه المؤسسة.</translation>
    </message>
    <message>
        <source>Given on %1: %2</source>
        <translation>أُعطيت في %1: %2</translation>
    </message>
    <message>
        <source>Record consent now</source>
        <translation>تسجيل الموافقة الآن</translation>
    </message>
    <message>
        <source>The reason, in the family&apos;s own words</source>
        <translation>السبب بكلمات الأسرة نفسها</translation>
    </message>
    <message>
        <source>What does the family want help with?</source>
        <translation>في ماذا تريد الأسرة المساعدة؟</translation>
    </message>
    <message>
        <source>What you see</source>
        <translation>ما تلاحظه</translation>
    </message>
    <message>
        <source>Your view, for the caseworker</source>
        <translation>رأيك، للمسؤول في خدمات الشباب</translation>
    </message>
    <message>
        <source>How soon</source>
        <translation>مدى الاستعجال</translation>
    </message>
    <message>
        <source>Language for the talks</source>
        <translation>لغة المحادثات</translation>
    </message>
    <message>
        <source>An interpreter is needed</source>
        <translation>هناك حاجة إلى مترجم</translation>
    </message>
    <message>
        <source>I will go along to the intake</source>
        <translation>سأرافق الأسرة إلى المقابلة الأولى</translation>
    </message>
    <message>
        <source>Send to the provider</source>
        <translation>إرسال إلى المؤسسة</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Figures</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>Saved in your Documents folder: %1</source>
        <extracomment>after an export; %1 is the full path of the file, in the Documents folder</extracomment>
        <translation>تم الحفظ في مجلد المستندات: %1</translation>
    </message>
    <message>
        <source>%1 days</source>
        <extracomment>a number of days, e.g. &quot;6,5 days&quot;: the middle value over all referrals</extracomment>
        <translation>%1 يوم</translation>
    </message>
    <message>
        <source>Middle value of %1 referrals</source>
        <extracomment>%1 is a number of referrals, or &quot;&lt;5&quot;</extracomment>
        <translation>القيمة الوسطى لـ %1 إحالة</translation>
    </message>
    <message>
        <source>Not shown: fewer than 5 referrals.</source>
        <translation>غير معروض: أقل من 5 إحالات.</translation>
    </message>
    <message>
        <source>No referrals with this step in this period.</source>
        <translation>لا توجد إحالات وصلت إلى هذه الخطوة في هذه الفترة.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>آخر 3 أشهر</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>هذه السنة</translation>
    </message>
    <message>
        <source>Choose dates</source>
        <extracomment>choose the first and last day of the report yourself</extracomment>
        <translation>اختيار التواريخ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>حفظ كملف CSV</translation>
    </message>
    <message>
        <source>Export the figures as a spreadsheet (CSV)</source>
        <extracomment>button: save the figures as a spreadsheet file (CSV)</extracomment>
        <translation>حفظ الأرقام كجدول بيانات (CSV)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>حفظ كملف PDF</translation>
    </message>
    <message>
        <source>Export the figures as a PDF report</source>
        <translation>حفظ الأرقام كتقرير PDF</translation>
    </message>
    <message>
        <source>The figures appear once this device is set up and your data is open.</source>
        <translation>تظهر الأرقام بعد إعداد هذا الجهاز وفتح بياناتك.</translation>
    </message>
    <message>
        <source>Whom we reach</source>
        <translation>من نصل إليهم</translation>
    </message>
    <message>
        <source>What we do</source>
        <translation>ما نقوم به</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>الزيارات المنزلية</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>اللقاءات</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Thresholds we see</source>
        <translation>العوائق التي نراها</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>الإحالات</translation>
    </message>
    <message>
        <source>Hours and expenses</source>
        <translation>الساعات والمصاريف</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>لا شيء في هذه الفترة.</translation>
    </message>
    <message>
        <source>%1 km</source>
        <extracomment>kilometres travelled</extracomment>
        <translation>%1 كم</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>حجم العمل</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>الأسر</translation>
    </message>
    <message>
        <source>Visits, 30 days</source>
        <extracomment>home visits in the last 30 days</extracomment>
        <translation>الزيارات، 30 يومًا</translation>
    </message>
    <message>
        <source>Open referrals</source>
        <translation>الإحالات الجارية</translation>
    </message>
    <message>
        <source>%1 families, %2 visits, %3 open referrals</source>
        <translation>الأسر: %1، الزيارات: %2، الإحالات الجارية: %3</translation>
    </message>
    <message>
        <source>How fast</source>
        <translation>السرعة</translation>
    </message>
    <message>
        <source>Neighbourhood meetings</source>
        <translation>لقاءات الحي</translation>
    </message>
    <message>
        <source>Asked to come</source>
        <translation>طُلب حضورها</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>حضرت</translation>
    </message>
    <message>
        <source>What came in</source>
        <extracomment>section of the provider&apos;s figures: the referrals that came in</extracomment>
        <translation>الإحالات الواردة</translation>
    </message>
    <message>
        <source>Results</source>
        <extracomment>section of the provider&apos;s figures: outcomes and referrals not accepted</extracomment>
        <translation>النتائج</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Referral</source>
        <translation>الإحالة</translation>
    </message>
    <message>
        <source>This referral is no longer shared with you.</source>
        <translation>لم تعد هذه الإحالة مشتركة معك.</translation>
    </message>
    <message>
        <source>Family %1</source>
        <translation>الأسرة %1</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>درجة الاستعجال</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>In the family&apos;s words</source>
        <translation>بكلمات الأسرة</translation>
    </message>
    <message>
        <source>The intermediary sees</source>
        <translation>ما يلاحظه الوسيط</translation>
    </message>
    <message>
        <source>Thresholds seen</source>
        <translation>العوائق الملاحظة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>يلزم مترجم</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Intermediary comes along</source>
        <translation>الوسيط سيرافق الأسرة</translation>
    </message>
    <message>
        <source>Intermediary</source>
        <translation>الوسيط</translation>
    </message>
    <message>
        <source>What the family shares</source>
        <translation>ما تشاركه الأسرة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>الحي</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>الأصل</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>الأطفال</translation>
    </message>
    <message>
        <source>Consent given on %1 (%2) for: %3. Shared: %4.</source>
        <translation>أُعطيت الموافقة في %1 (%2) من أجل: %3. ما يُشارَك: %4.</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>قرارك</translation>
    </message>
    <message>
        <source>Confirm receipt</source>
        <translation>تأكيد الاستلام</translation>
    </message>
    <message>
        <source>Ask for information</source>
        <translation>طلب معلومات</translation>
    </message>
    <message>
        <source>Plan the intake</source>
        <translation>تحديد موعد المقابلة الأولى</translation>
    </message>
    <message>
        <source>Help has started</source>
        <translation>بدأت المساعدة</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>عدم القبول</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Messages with the intermediary</source>
        <translation>الرسائل مع الوسيط</translation>
    </message>
    <message>
        <source>Your question</source>
        <translation>سؤالك</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Time, e.g. 14:30</source>
        <translation>الوقت، مثلًا 14:30</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Interpreter booked</source>
        <translation>تم حجز مترجم</translation>
    </message>
    <message>
        <source>Invite the intermediary to come along</source>
        <translation>دعوة الوسيط إلى الحضور</translation>
    </message>
    <message>
        <source>Why, in words the family can understand</source>
        <translation>السبب، بكلمات تفهمها الأسرة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Where could the family go instead?</source>
        <translation>أين يمكن للأسرة أن تذهب بدلًا من ذلك؟</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>اقتراح</translation>
    </message>
    <message>
        <source>Close with an outcome</source>
        <translation>إغلاق مع ذكر النتيجة</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>ملاحظة (اختيارية)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>This device is connected as %1 (%2) of %3.</source>
        <translation>هذا الجهاز مربوط باسم %1 (%2) من %3.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>مزامنة</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>آخر مزامنة</translation>
    </message>
    <message>
        <source>To connect again, enter a new code from your coordinator.</source>
        <translation>لإعادة الربط، يرجى إدخال رمز جديد من منسق المنظمة.</translation>
    </message>
    <message>
        <source>Enter the server address and the code your coordinator gave you.</source>
        <translation>يرجى إدخال عنوان الخادم والرمز الذي أعطاك إياه منسق المنظمة.</translation>
    </message>
    <message>
        <source>Server address, e.g. https://brug.example.nl</source>
        <translation>عنوان الخادم، مثلًا https://brug.example.nl</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <source>Code, e.g. 7K3D-9XQ2-MW4P</source>
        <translation>الرمز، مثلًا 7K3D-9XQ2-MW4P</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>رمز ربط الجهاز</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>جارٍ الربط…</translation>
    </message>
    <message>
        <source>Connect this device</source>
        <translation>ربط هذا الجهاز</translation>
    </message>
    <message>
        <source>Connected. The first sync starts now.</source>
        <translation>تم الربط. تبدأ أول مزامنة الآن.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>الأمان</translation>
    </message>
    <message numerus="yes">
        <source>Lock after %n minute(s) without use</source>
        <translation>
            <numerusform>القفل بعد %n دقيقة دون استخدام</numerusform>
            <numerusform>القفل بعد %n دقيقة دون استخدام</numerusform>
            <numerusform>القفل بعد %n دقيقتين دون استخدام</numerusform>
            <numerusform>القفل بعد %n دقائق دون استخدام</numerusform>
            <numerusform>القفل بعد %n دقيقة دون استخدام</numerusform>
            <numerusform>القفل بعد %n دقيقة دون استخدام</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock time in minutes</source>
        <translation>مدة القفل بالدقائق</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>القفل الآن</translation>
    </message>
    <message>
        <source>About</source>
        <translation>عن Brug</translation>
    </message>
    <message>
        <source>Brug %1. Made for intermediaries, contact women and youth-care caseworkers who work together, after &quot;With one hand you cannot clap&quot; (FORUM, 2011). Everything is stored encrypted on this device and shared only as the families agreed.</source>
        <translation>Brug %1. صُمّم للوسطاء والنساء المنسقات والمسؤولين في خدمات الشباب الذين يعملون معًا، استنادًا إلى كتيّب &quot;يد واحدة لا تصفق&quot; (FORUM، 2011). كل شيء محفوظ بشكل مشفّر على هذا الجهاز، ولا يُشارَك إلا كما وافقت الأسر.</translation>
    </message>
</context>
<context>
    <name>SyncBadge</name>
    <message>
        <source>Syncing… %1%</source>
        <translation>جارٍ المزامنة… %1%</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>المزامنة الآن</translation>
    </message>
</context>
<context>
    <name>TimeEntryPage</name>
    <message>
        <source>Time and expenses</source>
        <translation>الوقت والمصاريف</translation>
    </message>
    <message>
        <source>Add time or expenses</source>
        <translation>إضافة وقت أو مصاريف</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>الدقائق</translation>
    </message>
    <message>
        <source>Travel in km</source>
        <translation>التنقل بالكيلومتر</translation>
    </message>
    <message>
        <source>Expenses in euro</source>
        <translation>المصاريف باليورو</translation>
    </message>
    <message>
        <source>What the expenses were for</source>
        <translation>لأي شيء كانت المصاريف</translation>
    </message>
</context>
<context>
    <name>TimelineItem</name>
    <message>
        <source>Home visit</source>
        <translation>زيارة منزلية</translation>
    </message>
    <message>
        <source>Consent for %1</source>
        <translation>موافقة لـ %1</translation>
    </message>
    <message>
        <source>Consent withdrawn (%1)</source>
        <translation>سُحبت الموافقة (%1)</translation>
    </message>
    <message>
        <source>Referral to %1</source>
        <translation>إحالة إلى %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <source>Message from %1</source>
        <translation>رسالة من %1</translation>
    </message>
</context>
<context>
    <name>VisitPage</name>
    <message>
        <source>Home visit</source>
        <translation>زيارة منزلية</translation>
    </message>
    <message>
        <source>New home visit</source>
        <translation>زيارة منزلية جديدة</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>تاريخ الزيارة</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>الدقائق</translation>
    </message>
    <message>
        <source>Who was there</source>
        <translation>من كان حاضرًا</translation>
    </message>
    <message>
        <source>Language spoken</source>
        <translation>اللغة المستعملة</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>المترجم</translation>
    </message>
    <message>
        <source>What was discussed</source>
        <translation>ما تمت مناقشته</translation>
    </message>
    <message>
        <source>What stands in the way</source>
        <translation>ما يعيق الوصول إلى المساعدة</translation>
    </message>
    <message>
        <source>Tap what you noticed during the visit.</source>
        <translation>اضغط على ما لاحظته أثناء الزيارة.</translation>
    </message>
    <message>
        <source>What you did</source>
        <translation>ما قمت به</translation>
    </message>
    <message>
        <source>Notes and next step</source>
        <translation>ملاحظات والخطوة التالية</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>ملاحظة خاصة</translation>
    </message>
    <message>
        <source>Only your organisation sees this note.</source>
        <translation>منظمتك فقط ترى هذه الملاحظة.</translation>
    </message>
    <message>
        <source>Visit again on</source>
        <translation>الزيارة القادمة في</translation>
    </message>
</context>
<context>
    <name>brug::Actions</name>
    <message>
        <source>The app is locked.</source>
        <translation>التطبيق مقفل.</translation>
    </message>
    <message>
        <source>This referral is no longer there.</source>
        <translation>هذه الإحالة لم تعد موجودة.</translation>
    </message>
    <message>
        <source>Choose a provider first.</source>
        <translation>يرجى اختيار مؤسسة أولًا.</translation>
    </message>
    <message>
        <source>A referral needs the family&apos;s consent. Record the consent first.</source>
        <translation>الإحالة تحتاج إلى موافقة الأسرة. يرجى تسجيل الموافقة أولًا.</translation>
    </message>
    <message>
        <source>The consent for this provider is missing or was withdrawn. Record a new consent first.</source>
        <translation>الموافقة لهذه المؤسسة غير موجودة أو سُحبت. يرجى تسجيل موافقة جديدة أولًا.</translation>
    </message>
    <message>
        <source>This date does not exist.</source>
        <translation>هذا التاريخ غير موجود.</translation>
    </message>
    <message>
        <source>Write the question.</source>
        <translation>يرجى كتابة السؤال.</translation>
    </message>
    <message>
        <source>Choose the day of the intake.</source>
        <translation>يرجى اختيار يوم المقابلة الأولى.</translation>
    </message>
    <message>
        <source>Write the time as 14:30.</source>
        <translation>يرجى كتابة الوقت هكذا: 14:30.</translation>
    </message>
    <message>
        <source>Write why, so the intermediary can explain it to the family.</source>
        <translation>يرجى كتابة السبب، حتى يتمكن الوسيط من شرحه للأسرة.</translation>
    </message>
    <message>
        <source>Choose the outcome.</source>
        <translation>يرجى اختيار النتيجة.</translation>
    </message>
</context>
<context>
    <name>brug::ConflictListModel</name>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>brug::Language</name>
    <message>
        <source>today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>غدًا</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>أمس</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقتين</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعتين</numerusform>
            <numerusform>%n ساعات</numerusform>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>hours and minutes, e.g. &quot;1 h 30 min&quot;</extracomment>
        <translation>%1 ساعة و%2 دقيقة</translation>
    </message>
</context>
<context>
    <name>brug::RecordForm</name>
    <message>
        <source>Please fill this in.</source>
        <translation>يرجى ملء هذه الخانة.</translation>
    </message>
    <message>
        <source>This date does not exist.</source>
        <translation>هذا التاريخ غير موجود.</translation>
    </message>
    <message>
        <source>Fill in a number.</source>
        <translation>يرجى إدخال رقم.</translation>
    </message>
    <message numerus="yes">
        <source>This text is too long (at most %n characters).</source>
        <translation>
            <numerusform>هذا النص طويل جدًا (الحد الأقصى %n حرف).</numerusform>
            <numerusform>هذا النص طويل جدًا (الحد الأقصى %n حرف).</numerusform>
            <numerusform>هذا النص طويل جدًا (الحد الأقصى %n حرفين).</numerusform>
            <numerusform>هذا النص طويل جدًا (الحد الأقصى %n أحرف).</numerusform>
            <numerusform>هذا النص طويل جدًا (الحد الأقصى %n حرفًا).</numerusform>
            <numerusform>هذا النص طويل جدًا (الحد الأقصى %n حرف).</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill in a number from %1 to %2.</source>
        <translation>يرجى إدخال رقم من %1 إلى %2.</translation>
    </message>
    <message>
        <source>This value is not allowed.</source>
        <translation>هذه القيمة غير مسموح بها.</translation>
    </message>
    <message>
        <source>Fill in how long it took.</source>
        <translation>يرجى إدخال المدة التي استغرقها.</translation>
    </message>
    <message>
        <source>Some fields need your attention.</source>
        <translation>بعض الخانات تحتاج إلى انتباهك.</translation>
    </message>
    <message>
        <source>The device is full. Free some space; your text is kept.</source>
        <translation>الجهاز ممتلئ. يرجى إفراغ بعض المساحة؛ تم الاحتفاظ بنصك.</translation>
    </message>
    <message>
        <source>Could not save. Your text is kept; try again.</source>
        <translation>تعذّر الحفظ. تم الاحتفاظ بنصك؛ يرجى المحاولة مرة أخرى.</translation>
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
        <translation>الأسر التي وصلنا إليها</translation>
    </message>
    <message>
        <source>Families reached, by country of origin</source>
        <translation>الأسر التي وصلنا إليها، حسب بلد الأصل</translation>
    </message>
    <message>
        <source>Families reached, by neighbourhood</source>
        <translation>الأسر التي وصلنا إليها، حسب الحي</translation>
    </message>
    <message>
        <source>Home visits per month</source>
        <translation>الزيارات المنزلية في كل شهر</translation>
    </message>
    <message>
        <source>Neighbourhood meetings per month</source>
        <translation>لقاءات الحي في كل شهر</translation>
    </message>
    <message>
        <source>People at meetings per month</source>
        <translation>عدد الحاضرين في اللقاءات كل شهر</translation>
    </message>
    <message>
        <source>Who came to the meetings</source>
        <translation>من حضر اللقاءات</translation>
    </message>
    <message>
        <source>Visits per threshold seen</source>
        <extracomment>how many home visits noted each of the 17 thresholds (risk factors) of the brochure</extracomment>
        <translation>الزيارات حسب العائق الملاحظ</translation>
    </message>
    <message>
        <source>Visits per group of thresholds</source>
        <translation>الزيارات حسب مجموعة العوائق</translation>
    </message>
    <message>
        <source>Visits per action taken</source>
        <translation>الزيارات حسب الإجراء المتخذ</translation>
    </message>
    <message>
        <source>Referrals sent, per service provider</source>
        <translation>الإحالات المرسلة، حسب المؤسسة</translation>
    </message>
    <message>
        <source>Referrals sent, where they are now</source>
        <translation>الإحالات المرسلة، أين وصلت الآن</translation>
    </message>
    <message>
        <source>Days from referral to first meeting (intake)</source>
        <translation>الأيام من الإحالة إلى اللقاء الأول (المقابلة)</translation>
    </message>
    <message>
        <source>Hours, travel and expenses per person per month</source>
        <translation>الساعات والتنقل والمصاريف لكل شخص في كل شهر</translation>
    </message>
    <message>
        <source>Workload per intermediary</source>
        <translation>حجم العمل لكل وسيط</translation>
    </message>
    <message>
        <source>Referrals received</source>
        <translation>الإحالات المستلمة</translation>
    </message>
    <message>
        <source>Referrals received, by country of origin</source>
        <translation>الإحالات المستلمة، حسب بلد الأصل</translation>
    </message>
    <message>
        <source>Referrals received, per service</source>
        <translation>الإحالات المستلمة، حسب الخدمة</translation>
    </message>
    <message>
        <source>Referrals received, where they are now</source>
        <translation>الإحالات المستلمة، أين وصلت الآن</translation>
    </message>
    <message>
        <source>Days from referral to first answer</source>
        <translation>الأيام من الإحالة إلى أول رد</translation>
    </message>
    <message>
        <source>How referrals ended</source>
        <translation>كيف انتهت الإحالات</translation>
    </message>
    <message>
        <source>Referrals not accepted</source>
        <translation>الإحالات التي لم تُقبل</translation>
    </message>
    <message>
        <source>Meetings that asked the service to come</source>
        <translation>اللقاءات التي طُلب فيها حضور الخدمة</translation>
    </message>
    <message>
        <source>Meetings where the service was present</source>
        <translation>اللقاءات التي حضرتها الخدمة</translation>
    </message>
    <message>
        <source>What</source>
        <extracomment>column heading in an exported table of figures</extracomment>
        <translation>البند</translation>
    </message>
    <message>
        <source>Number</source>
        <extracomment>column heading: a number of families, visits, referrals...</extracomment>
        <translation>العدد</translation>
    </message>
    <message>
        <source>Middle value in days</source>
        <translation>القيمة الوسطى بالأيام</translation>
    </message>
    <message>
        <source>Number of referrals</source>
        <translation>عدد الإحالات</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>الدقائق</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>الساعات</translation>
    </message>
    <message>
        <source>km</source>
        <extracomment>kilometres travelled</extracomment>
        <translation>كم</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>المصاريف</translation>
    </message>
    <message>
        <source>Active families</source>
        <translation>الأسر المتابَعة</translation>
    </message>
    <message>
        <source>Visits, last 30 days</source>
        <translation>الزيارات، آخر 30 يومًا</translation>
    </message>
    <message>
        <source>Open referrals</source>
        <translation>الإحالات الجارية</translation>
    </message>
    <message>
        <source>Brug figures</source>
        <extracomment>title of the exported report of figures</extracomment>
        <translation>أرقام Brug</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Not known</source>
        <extracomment>a country of origin, neighbourhood or provider that is not known</extracomment>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>No service chosen</source>
        <translation>لم تُختر خدمة</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>New, not yet answered</source>
        <extracomment>referral status: not yet answered by the service</extracomment>
        <translation>جديدة، لم يُرَدّ عليها بعد</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>النساء</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>الرجال</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>الأطفال</translation>
    </message>
    <message>
        <source>New visitors</source>
        <extracomment>people who came to a meeting for the first time</extracomment>
        <translation>حاضرون جدد</translation>
    </message>
    <message>
        <source>Numbers from 1 to 4 are shown as &lt;5, so that no family can be recognised. A number shown as ≥5 is hidden so that a &lt;5 cannot be worked out from a total.</source>
        <translation>الأعداد من 1 إلى 4 تظهر على شكل &lt;5، حتى لا يمكن التعرّف على أي أسرة. وأحيانًا يُخفى أيضًا عدد من 5 أو أكثر ويظهر على شكل ≥5، حتى لا يمكن استنتاج عدد &lt;5 من المجموع.</translation>
    </message>
    <message>
        <source>not shown for fewer than 5 referrals</source>
        <translation>لا يظهر عند أقل من 5 إحالات</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>لا شيء في هذه الفترة.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <extracomment>page number in the PDF report</extracomment>
        <translation>الصفحة %1</translation>
    </message>
    <message>
        <source>Someone not in the list</source>
        <translation>شخص غير موجود في القائمة</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <extracomment>hours and minutes worked, e.g. &quot;12:30&quot;</extracomment>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Choose a file on this device to save to.</source>
        <translation>يرجى اختيار ملف على هذا الجهاز للحفظ فيه.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>لا يمكن إنشاء المجلد %1.</translation>
    </message>
    <message>
        <source>Open your data first.</source>
        <translation>يرجى فتح بياناتك أولًا.</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>تعذّر حفظ الملف: %1</translation>
    </message>
    <message>
        <source>Figures of %1</source>
        <extracomment>title of the PDF report; %1 is the organisation&apos;s name</extracomment>
        <translation>أرقام %1</translation>
    </message>
    <message>
        <source>Made with Brug on %1</source>
        <extracomment>at the foot of every page of the PDF report; %1 is today&apos;s date</extracomment>
        <translation>أُعدّ باستخدام Brug في %1</translation>
    </message>
</context>
<context>
    <name>brug::Session</name>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n characters.</source>
        <translation>
            <numerusform>يرجى اختيار عبارة مرور من %n حرف على الأقل.</numerusform>
            <numerusform>يرجى اختيار عبارة مرور من %n حرف على الأقل.</numerusform>
            <numerusform>يرجى اختيار عبارة مرور من %n حرفين على الأقل.</numerusform>
            <numerusform>يرجى اختيار عبارة مرور من %n أحرف على الأقل.</numerusform>
            <numerusform>يرجى اختيار عبارة مرور من %n حرفًا على الأقل.</numerusform>
            <numerusform>يرجى اختيار عبارة مرور من %n حرف على الأقل.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>عبارتا المرور غير متطابقتين.</translation>
    </message>
</context>
<context>
    <name>brug::SyncStatus</name>
    <message>
        <source>Not connected to a server</source>
        <translation>غير مربوط بخادم</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>البيانات محدّثة</translation>
    </message>
    <message>
        <source>Sync problem</source>
        <translation>مشكلة في المزامنة</translation>
    </message>
    <message>
        <source>This device was erased</source>
        <translation>تم مسح هذا الجهاز</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n تغيير في انتظار الإرسال</numerusform>
            <numerusform>%n تغيير في انتظار الإرسال</numerusform>
            <numerusform>%n تغييرين في انتظار الإرسال</numerusform>
            <numerusform>%n تغييرات في انتظار الإرسال</numerusform>
            <numerusform>%n تغييرًا في انتظار الإرسال</numerusform>
            <numerusform>%n تغيير في انتظار الإرسال</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill in the server address and the code.</source>
        <translation>يرجى إدخال عنوان الخادم والرمز.</translation>
    </message>
    <message>
        <source>The date or time on this device is wrong. Set it right in the device&apos;s settings.</source>
        <translation>التاريخ أو الوقت على هذا الجهاز غير صحيح. يرجى ضبطه في إعدادات الجهاز.</translation>
    </message>
</context>
</TS>
