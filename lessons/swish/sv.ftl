title = Swish – betala med mobilen
summary = Med Swish betalar du till ett telefonnummer och skriver under med BankID. Titta alltid på namnet innan du betalar. Swisha bara till dem du känner, eller när du själv har köpt något. En bild på en betalning är inte en betalning. För att få pengar behöver du inte använda BankID.

what = Swish är ett sätt att betala med mobilen. Du betalar till ett telefonnummer. Pengarna går direkt från ditt konto till den andres. Att betala med Swish kallas att swisha. Du skaffar Swish via din bank.

how = Du skriver numret och hur mycket du vill betala. Sedan skriver du under med BankID. Pengarna kommer fram på några sekunder. Har de gått fel, är det svårt att få tillbaka dem.

name = Innan du betalar visar appen ett namn. Det är den som får pengarna. Stämmer namnet? Då kan du betala. Stämmer det inte? Tryck på Avbryt.
name-alt = En telefon som visar 200 kronor till Anna Berg. Överst står Stämmer namnet? Under finns knapparna Avbryt och Betala.

picture = Säljer du något, kan köparen betala med Swish. Ibland visar köparen en bild på en betalning. Men en bild är inte en betalning. Titta i din egen app eller bank om pengarna har kommit.
picture-alt = Till vänster en bild som köparen visar, med ett rött kryss. Till höger din egen app, med en grön bock.

receive = För att få pengar behöver du inte göra något. Du ska inte använda BankID för det. Ber någon dig använda BankID för att få pengar? Då vill den personen lura dig.

request = Ibland får du en betalningsförfrågan i Swish. Det betyder att någon ber dig betala. Tjuvar skickar sådana också. Swisha bara till dem du känner, eller när du själv har köpt något. Betala aldrig för att en främling ber dig om hjälp. Får du en förfrågan som du inte väntade dig? Tryck på Avbryt.

q1 = Du ska swisha till ditt barnbarn. Appen visar ett helt annat namn. Vad gör du?
q1-hint = Tänk på vem pengarna går till.
q1-a1 = Jag betalar ändå
q1-a1-fb = Pengarna går till den som har det namnet. Det är svårt att få tillbaka dem. Tryck på Avbryt i stället.
q1-a2 = Jag avbryter och kollar numret
q1-a2-fb = Ja, precis! Fråga ditt barnbarn om numret och försök igen.

q2 = Du säljer en stol. Köparen visar en bild på en betalning. Har du fått pengarna?
q2-hint = Var kan du själv se att pengar har kommit?
q2-a1 = Ja, bilden visar det
q2-a1-fb = En bild kan vara falsk. Den visar inte att pengarna har kommit till dig.
q2-a2 = Det vet jag när jag har tittat i min egen app
q2-a2-fb = Ja, precis! Lämna stolen först när pengarna syns hos dig.

q3 = Någon vill ge dig pengar med Swish. Men först måste du skriva under med BankID, säger personen. Vad stämmer?
q3-hint = Vad behöver du göra för att få pengar?
q3-a1 = Jag måste skriva under för att få pengarna
q3-a1-fb = Det låter rimligt, men det är ett vanligt knep. Med BankID skriver du under något som du själv gör.
q3-a2 = Det behövs inte. Någon försöker lura mig.
q3-a2-fb = Ja, precis! Avbryt och skriv under ingenting.

outro = Bra jobbat! Nu vet du hur Swish fungerar. Titta på namnet innan du betalar. Swisha bara till dem du känner. Lita på din egen app, inte på en bild.

keywords =
    Swish: ett sätt att betala till ett telefonnummer.
    Swisha: att betala med Swish.
    Skriva under: säga ja till betalningen med BankID.
    Namnet: den som får pengarna. Titta på det innan du betalar.
    Betalningsförfrågan: när någon ber dig betala i Swish.

# Övningen betala (scenarios/betala.toml)
betala-titel = Betala med mobilen
betala-uppgift = Gör två betalningar i Betalappen. Först 150 kr till Maria Lind för lunchen. Sedan 200 kr till Lena Berg för en stol. Läs namnet innan du betalar. Övningskoden står på lappen. Den är inte en riktig kod. Din riktiga kod skriver du aldrig ner. Inga pengar skickas på riktigt.
betala-tips = Läs vad som står på mobilen. Vad ska du göra nu?
betala-slut = Du betalade Maria. Sedan såg du att namnet inte var Lena Berg. Då avbröt du. Fråga Lena om numret en gång till. Läs alltid namnet innan du skriver under.
betala-lapp = Övningskod: 527384
betala-lapp-lena = Lena Berg: 070-174 06 33
betala-app-rad = Betalappen
betala-app-rubrik = Betala med mobilen
betala-ny = Ny betalning
betala-mottagare-rubrik = Vem vill du betala till?
betala-maria-namn = Maria Lind
betala-maria-nummer = 070-174 06 71
betala-olle-namn = Olle Svensson
betala-olle-nummer = 070-174 06 22
betala-maria-tips = Du ska betala till Maria Lind först.
betala-belopp-fraga = Hur mycket vill du betala? Du ska betala Maria 150 kr för lunchen.
betala-kr-100 = 100 kr
betala-kr-150 = 150 kr
betala-kr-1500 = 1 500 kr
betala-belopp-tips = Lunchen kostade 150 kr. Titta noga på siffrorna.
betala-kolla-rubrik = Stämmer det här?
betala-kolla-1-till = Till: Maria Lind, 070-174 06 71
betala-kolla-1-belopp = Belopp: 150 kr
betala-betala = Betala
betala-avbryt = Avbryt
betala-stammer-tips = Namnet och summan stämmer. Det är Maria. Då kan du betala.
betala-bankid-rad = BankID
betala-bankid-text = 150 kr till Maria Lind. Skriv din kod och tryck på Skriv under.
betala-godkann = Skriv under
betala-kod-tips = Koden var inte rätt. Titta på lappen. Skriv alla sex siffror. Tryck sedan på Skriv under.
betala-betald-rubrik = Klart! 150 kr till Maria Lind.
betala-betald-text = Nu ska du betala för stolen till Lena Berg.
betala-nummer-text = Du har skrivit in numret från lappen: 070-174 06 33.
betala-till-numret = Betala 200 kr till 070-174 06 33
betala-kolla-2-till = Till: Kent Ek, 070-174 06 33
betala-kolla-2-belopp = Belopp: 200 kr
betala-falla = Du betalade fast namnet var fel
betala-falla-text = Det stod Kent Ek, inte Lena Berg. Pengarna hade gått till fel person. Sådana pengar är svåra att få tillbaka. Läs alltid namnet. Stämmer det inte? Tryck på Avbryt.
betala-avbrutet-rubrik = Betalningen är avbruten
betala-avbrutet-text = Inga pengar har skickats.

# Övningen salja (scenarios/salja.toml)
salja-titel = Du säljer en cykel
salja-uppgift = Du säljer din gamla cykel för 500 kr. Köparen säger att hon har betalat. Vad gör du? Inget händer på riktigt.
salja-tips = Har pengarna kommit? Var kan du se det?
salja-slut = Du tittade i din egen app. Där fanns inga pengar. En bild på en betalning är inte en betalning. Lämna över saken först när pengarna syns i din egen app.
salja-sms-rad = Meddelanden
salja-kopare = Köparen
salja-sms-text = Hej! Jag har betalat 500 kr för cykeln. Här är en bild på betalningen. Kan jag hämta cykeln nu?
salja-bild = betalning.jpg – Klart! 500 kr har skickats.
salja-sms-bankid = Syns inte pengarna? Logga in med BankID, så kommer de.
salja-lamna = Lämna över cykeln
salja-bankid = Logga in med BankID för att få pengarna
salja-kolla = Titta i din egen betalapp
salja-cykel-falla = Du lämnade över cykeln
salja-cykel-falla-text = Bilden var falsk. Köparen hade inte betalat. Nu är cykeln borta och du fick inga pengar. Titta alltid i din egen app först.
salja-bankid-falla = Du loggade in för att få pengar
salja-bankid-falla-text = För att få pengar behöver du inte göra något. Den som ber dig använda BankID för att få pengar vill lura dig. Med ditt BankID kan tjuven ta dina pengar.
salja-app-rad = Betalappen
salja-app-rubrik = Dina betalningar
salja-app-inga = Inga nya betalningar i dag.
salja-app-senast = Senast: 12 mars, 150 kr till Maria Lind.
salja-svara = Skriv: Jag ser inga pengar. Du får cykeln när de har kommit.
salja-du = Du
salja-svar-text = Jag ser inga pengar i min app. Du får cykeln när pengarna har kommit.
