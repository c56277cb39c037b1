title = BankID över tid
summary = Du vet nu att BankID har ett sista datum och att du förnyar det innan det går ut. Då behöver du ett svenskt pass eller ett nationellt id-kort, och en mobil som kan läsa det. Byter du mobil, flyttar du BankID eller skaffar ett nytt i bankens app. Tappar du mobilen, ringer du banken direkt och spärrar BankID. Ett sms med en länk om BankID är falskt.

intro = Ditt BankID fungerar inte för alltid. Det har ett sista datum, precis som ett pass. Ofta gäller det i tre eller fem år. Det beror på din bank. Fråga banken om du är osäker.

renew = En tid innan BankID går ut, säger appen eller banken till. Då är det dags att förnya. Att förnya betyder att du får ett nytt BankID som gäller längre. Gör det innan det gamla går ut. Då kan du använda det gamla för att få det nya. Du gör det i bankens app eller på bankens sida.

q-renew = BankID-appen säger: Ditt BankID går snart ut. Vad gör du?
q-renew-hint = Vad är lättast, före eller efter det sista datumet?
q-renew-a1 = Jag förnyar det i bankens app, innan det går ut.
q-renew-a1-fb = Ja, precis! Då kan du använda ditt gamla BankID för att få det nya.
q-renew-a2 = Jag väntar tills det slutar fungera.
q-renew-a2-fb = Då blir det krångligare. Förnya det innan det går ut.
q-renew-a3 = Jag trycker på länken i ett sms om BankID.
q-renew-a3-fb = Sms om BankID kan vara falska. Öppna själv bankens app i stället.

id-card = När du skaffar eller förnyar BankID, ska du visa vem du är. Då behöver du ett svenskt pass eller ett nationellt id-kort. Ett nationellt id-kort beställer du hos polisen. Ett körkort räcker inte. Du håller passet eller kortet mot mobilen. Mobilen läser då av det. Det kallas NFC, och det finns i de flesta nya mobiler. Reglerna kan ändras, så fråga din bank vad som gäller i dag.

q-id = Vad behöver du för att förnya BankID i mobilen?
q-id-hint = Mobilen ska kunna läsa av det. Det går inte med alla kort.
q-id-a1 = Mitt körkort
q-id-a1-fb = Mobilen kan inte läsa av ett körkort. Du behöver ett pass eller ett nationellt id-kort.
q-id-a2 = Ett svenskt pass eller ett nationellt id-kort
q-id-a2-fb = Ja, precis! Du håller det mot mobilen, så läser mobilen av det.
q-id-a3 = Ett foto av mitt bankkort
q-id-a3-fb = Ett bankkort visar inte vem du är. Du behöver ett pass eller ett nationellt id-kort. Skicka aldrig foto av dina kort till någon.

new-phone = Har du en ny mobil? Då flyttar du ditt BankID till den, eller skaffar ett nytt. Det gör du i bankens app. Ofta använder du BankID i den gamla mobilen för det. Ha då båda mobilerna bredvid varandra. Ta bort BankID i den gamla mobilen först när det nya fungerar. Ska du sälja eller ge bort den gamla? Be banken spärra BankID i den.

lost = Har du tappat mobilen? Eller har någon stulit den? Spärra ditt BankID med en gång. Att spärra betyder att ingen kan använda det mer. Ring din bank. Numret står på ditt bankkort och på bankens sida på nätet. Ring sedan ditt telefonbolag. De kan stänga av ditt nummer i den mobilen.

q-lost = Din mobil är stulen. Vad gör du först?
q-lost-hint = Vem kan spärra ditt BankID?
q-lost-a1 = Jag väntar och ser om någon lämnar tillbaka den.
q-lost-a1-fb = Spärra först. Får du tillbaka mobilen, kan du skaffa ett nytt BankID.
q-lost-a2 = Jag ringer min bank och spärrar BankID.
q-lost-a2-fb = Ja, precis! Numret står på ditt bankkort. Ring sedan ditt telefonbolag.
q-lost-a3 = Jag skickar ett sms till min mobil.
q-lost-a3-fb = Det hjälper inte. Ring din bank och spärra BankID.

fake = Tjuvar skickar ibland sms eller e-post om att ditt BankID går ut. De vill att du trycker på en länk. Tryck inte. Öppna själv bankens app eller BankID-appen. Där ser du om du behöver förnya. Ett falskt sms kan du skicka vidare till 7726. Ta sedan bort det.

read-first = När du förnyar, visar du vem du är med ditt BankID. Läs först vad BankID-appen säger. Där ska din banks namn stå. Gör det bara när du själv har börjat, i bankens app.

calls = Banken ringer aldrig och ber dig förnya eller logga in. Ringer någon om ditt BankID? Kom ihåg polisens tre steg: Lägg på. Logga inte in. Lita inte på den som ringer. Har du själv ringt din bank, på numret på ditt kort? Då kan banken be dig visa vem du är med BankID. Se då till att appen visar din banks namn.

outro = Bra gjort! Förnya BankID innan det går ut. Tappar du mobilen, ring banken direkt. Skriv gärna upp bankens nummer hemma redan i dag. Har du blivit lurad? Ring din bank på numret på ditt kort. Anmäl sedan till polisen på 114 14. Är du i fara, ring 112. Ringer någon om ditt BankID? Lägg på. Logga inte in. Lita inte på den som ringer.

keywords =
    Förnya: få ett nytt BankID som gäller längre. Gör det innan det gamla går ut.
    Nationellt id-kort: ett id-kort som du beställer hos polisen.
    NFC: det som gör att mobilen kan läsa av ditt pass eller id-kort.
    Spärra: stänga av, så att ingen kan använda ditt BankID.
    Numret på kortet: bankens rätta nummer. Ring det om mobilen är borta.
# Övningen bankid-gar-ut (scenarios/bankid-gar-ut.toml)
bankid-gar-ut-titel = Ditt BankID går ut
bankid-gar-ut-uppgift = Ett sms säger att ditt BankID går ut. Det gör BankID-appen också. Ta bort det falska sms:et. Förnya sedan BankID på rätt sätt. Tryck på knapparna i mobilen. Inget händer på riktigt.
bankid-gar-ut-tips = Tryck inte på länkar i sms. Förnya i bankens egen app.
bankid-gar-ut-slut = Du tog bort sms:et utan att trycka på länken. Du förnyade BankID i bankens egen app, med ditt pass. Och du läste vad BankID-appen sa innan du tryckte. Så gör du på riktigt också.
bankid-gar-ut-att-sms = Ta bort det falska sms:et.
bankid-gar-ut-att-fornya = Förnya BankID i bankens app.
bankid-gar-ut-hemskarm = Hemskärmen
bankid-gar-ut-hem-text = Tryck på en app för att öppna den.
bankid-gar-ut-meddelanden-nytt = Meddelanden (1 nytt)
bankid-gar-ut-meddelanden = Meddelanden
bankid-gar-ut-bankid = BankID
bankid-gar-ut-banken = Banken
bankid-gar-ut-till-hem = Till hemskärmen
bankid-gar-ut-till-alla = Till alla sms
bankid-gar-ut-falskt-fran = BankID-info
bankid-gar-ut-falskt-kort = Ditt BankID går ut i dag…
bankid-gar-ut-falskt-text = Ditt BankID går ut i dag! Förnya nu, annars kan du inte logga in på banken:
bankid-gar-ut-falskt-lank = bankid-fornya.example
bankid-gar-ut-ta-bort = Ta bort sms:et
bankid-gar-ut-klart-sms = Klart: Det falska sms:et är borttaget.
bankid-gar-ut-karin-fran = Karin
bankid-gar-ut-karin-text = Tack för kaffet i går!
bankid-gar-ut-gar-ut-snart = Ditt BankID går ut om 30 dagar. Förnya det i din banks app.
bankid-gar-ut-nytt-klart = Klart: Ditt nya BankID fungerar.
bankid-gar-ut-bank-text = Vad vill du göra?
bankid-gar-ut-betala = Betala en räkning
bankid-gar-ut-betala-tips = Du ska förnya ditt BankID. Tryck på Förnya BankID.
bankid-gar-ut-fornya = Förnya BankID
bankid-gar-ut-id-text = Först visar du vem du är. Håll ditt pass eller nationella id-kort mot mobilens baksida.
bankid-gar-ut-korkort = Håll körkortet mot mobilen
bankid-gar-ut-korkort-tips = Mobilen kan inte läsa av ett körkort. Använd ditt pass eller id-kort.
bankid-gar-ut-pass = Håll passet mot mobilen
bankid-gar-ut-fraga-vem = Banken vill att du visar vem du är.
bankid-gar-ut-fraga-vad = Det gäller: Förnya ditt BankID.
bankid-gar-ut-fraga-ovning = I övningen behövs ingen kod.
bankid-gar-ut-avbryt = Avbryt
bankid-gar-ut-avbryt-tips = Du har själv börjat i bankens app, och här står din bank. Då kan du trycka på Identifiera.
bankid-gar-ut-identifiera = Identifiera
bankid-gar-ut-lank-titel = Du tryckte på länken
bankid-gar-ut-lank-text = Om det här hade hänt på riktigt, hade du kommit till en falsk sida. Där vill tjuven att du loggar in med BankID. Då kan tjuven ta dina pengar. Tryck inte på länken. Ta bort sms:et, och öppna själv bankens app.
