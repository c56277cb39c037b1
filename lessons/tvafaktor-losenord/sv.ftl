title = Två steg och lösenord
summary = Du vet nu att inloggning i två steg skyddar dig: först lösenordet, sedan en kod i mobilen. Koden i sms:et säger du aldrig till någon. Får du en kod som du inte bad om, byter du lösenord. Du har ett eget lösenord för varje tjänst, i en bok hemma eller i en app för lösenord.

intro = Många tjänster vill att du loggar in i två steg. Först skriver du ditt lösenord. Sedan får du en kod i ett sms, eller i en app. Den koden skriver du också. Det kallas inloggning i två steg.

why = Två steg skyddar dig. Får en tjuv tag i ditt lösenord, kommer tjuven ändå inte in. Koden kommer ju till din mobil. Slå gärna på inloggning i två steg där det går. Du hittar det ofta under Inställningar eller Säkerhet.

code = Koden i sms:et är bara din. Den gäller en kort stund, och bara en gång. Skriv den bara på sidan som du själv har öppnat. Säg aldrig koden till någon. Det gäller också när någon säger att den ringer från banken eller butiken.

q-code = Någon ringer: Vi har skickat en kod till dig. Läs upp den, så kan vi hjälpa dig. Vad gör du?
q-code-hint = Vem ska få veta koden i sms:et?
q-code-a1 = Jag läser upp koden.
q-code-a1-fb = Med koden kan tjuven logga in som du. Lägg på.
q-code-a2 = Jag lägger på. Koden är bara min.
q-code-a2-fb = Ja, precis! Koden skriver du bara på sidan som du själv har öppnat.
q-code-a3 = Jag läser upp halva koden.
q-code-a3-fb = Även en del av koden kan hjälpa en tjuv. Lägg på.

unasked = Får du en kod som du inte bad om? Då kan någon försöka logga in med ditt lösenord. Skriv inte in koden någonstans. Säg den inte till någon. Byt i stället lösenord för den tjänsten. Gör det själv, i appen eller på sidan.

one-each = Ha ett eget lösenord för varje tjänst. Får en tjuv tag i ett, är de andra ändå säkra. Lösenordet till din e-post är extra viktigt. Med det kan en tjuv byta dina andra lösenord.

manager = Det är svårt att minnas många lösenord. Du kan skriva dem i en bok som du har hemma. Du kan också använda en app för lösenord. Den minns alla dina lösenord åt dig. Själv behöver du bara minnas ett enda, långt lösenord. Be någon du litar på att hjälpa dig att komma igång.

q-keep = Var har du dina lösenord?
q-keep-hint = Tänk på var andra kan se dem.
q-keep-a1 = Jag har samma lösenord överallt, så att jag minns det.
q-keep-a1-fb = Då kommer en tjuv in överallt med ett enda lösenord. Ha ett eget för varje tjänst.
q-keep-a2 = På en lapp bredvid datorn
q-keep-a2-fb = Där kan andra se dem. Skriv dem hellre i en bok, och ha den på ett säkert ställe hemma.
q-keep-a3 = I en bok hemma, eller i en app för lösenord
q-keep-a3-fb = Ja, precis! Då kan du ha ett eget lösenord för varje tjänst.

outro = Bra gjort! Slå på inloggning i två steg. Koden i sms:et är bara din. Har du gett bort en kod? Byt lösenord direkt. Var det en kod till banken? Ring då banken på numret på ditt kort. Anmäl sedan till polisen på 114 14. Är du i fara, ring 112. Kom ihåg polisens tre steg: Lägg på. Logga inte in. Lita inte på den som ringer.

keywords =
    Två steg: först lösenordet, sedan en kod i mobilen.
    Kod i sms: en kod som gäller en gång. Den är bara din.
    App för lösenord: en app som minns dina lösenord åt dig.
    Tjänst: en sida eller app där du loggar in, till exempel e-post.
# Övningen kod-i-sms (scenarios/kod-i-sms.toml)
kod-i-sms-titel = Logga in i två steg
kod-i-sms-uppgift = Logga in i butikens app. Skriv ett påhittat lösenord, inte ditt riktiga. Sedan kommer en kod i ett sms. Tryck på knapparna i mobilen. Inget händer på riktigt.
kod-i-sms-tips = Koden i sms:et skriver du bara i appen som du själv har öppnat.
kod-i-sms-slut = Du loggade in i två steg. Sedan sa du inte koden till den som ringde. Du bytte lösenord, eftersom någon kan ha haft ditt gamla.
kod-i-sms-butik = Butiken
kod-i-sms-samtal = Telefon
kod-i-sms-logga-in-rubrik = Logga in
kod-i-sms-logga-in-text = Skriv ditt lösenord. Här går vilka ord som helst.
kod-i-sms-losen = Lösenord
kod-i-sms-logga-in = Logga in
kod-i-sms-losen-tips = Skriv några ord i rutan Lösenord. Tryck sedan på Logga in.
kod-i-sms-butik-namn = Butiken
kod-i-sms-sms-1 = Din kod till Butiken är 381940. Säg aldrig koden till någon.
kod-i-sms-lapp = Sms-kod: 381940
kod-i-sms-kod-text-1 = Vi har skickat en kod i ett sms. Skriv koden här.
kod-i-sms-fortsatt = Fortsätt
kod-i-sms-kod-tips = Skriv de sex siffrorna från sms:et: 381940.
kod-i-sms-inne-rubrik = Välkommen!
kod-i-sms-inne-text = Nu är du inloggad i två steg. Logga ut när du är klar.
kod-i-sms-logga-ut = Logga ut
kod-i-sms-senare = Det är en annan dag. Du har inte loggat in. Ändå kommer ett sms med en kod. Sedan ringer det.
kod-i-sms-sms-2 = Din kod till Butiken är 529017. Säg aldrig koden till någon.
kod-i-sms-uppringare = Butikens kundtjänst
kod-i-sms-svara = Svara
kod-i-sms-avvisa = Avvisa
kod-i-sms-samtal-text = – Hej, det är Jonas på Butiken. Någon försöker ta ditt konto! Läs upp koden som du nyss fick, så stoppar vi det.
kod-i-sms-las-upp = Läs upp koden
kod-i-sms-lagg-pa = Lägg på
kod-i-sms-efter-rubrik = Byt lösenord
kod-i-sms-efter-text = Du bad inte om koden. Då kan någon ha ditt lösenord. Byt det nu. Skriv ett nytt, påhittat lösenord.
kod-i-sms-nytt-losen = Nytt lösenord
kod-i-sms-spara = Spara
kod-i-sms-nytt-tips = Skriv några ord i rutan Nytt lösenord. Tryck sedan på Spara.
kod-i-sms-bytt-rubrik = Klart
kod-i-sms-bytt-text = Ditt nya lösenord är sparat. Den som har det gamla kommer inte in.
kod-i-sms-kod-titel = Du läste upp koden
kod-i-sms-kod-text = Om det här hade hänt på riktigt, hade tjuven kommit in i ditt konto nu. Koden i sms:et är bara din. Säg den aldrig till någon. Lägg på.
