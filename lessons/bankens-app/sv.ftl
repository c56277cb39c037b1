title = Bankens app
summary = I bankens app betalar du räkningar och godkänner e-fakturor med BankID. Läs vem, summan och dagen innan du skriver under. Har du tappat kortet? Spärra det i appen. En låg gräns för Swish skyddar dig. Banken ringer aldrig och ber dig logga in. Ring själv, på numret på kortet eller på bankens egen webbplats.

what = Din bank har en egen app. Där ser du hur mycket pengar du har. Där kan du också betala räkningar. Du loggar in med BankID. Hämta appen bara i mobilens appbutik. Appbutiken är den app i mobilen där du hämtar andra appar. Kolla att appen kommer från din bank.

bill = Så betalar du en räkning: Välj Betala. Skriv in bankgironumret och OCR-numret. Båda står på räkningen. Bankgironumret visar vem som ska få pengarna. OCR-numret är en lång rad siffror. Det visar vilken räkning du betalar. Skriv sedan summan och dagen. Läs allt en gång till. Skriv under med BankID. Många appar kan också läsa räkningen med kameran.

efaktura = En e-faktura är en räkning som kommer till din bank i stället för på papper. I appen ser du vem den är från, summan och dagen. Läs och godkänn. Du slipper skriva in långa nummer. Be om e-faktura i appen och välj företaget.
efaktura-alt = En mobil som visar en e-faktura. Till: Elbolaget Norr. Summa: 845 kr. Betalas: 30 april. Under finns knappen Godkänn.

q1 = Du ska godkänna en e-faktura. Vad läser du först?
q1-hint = Tänk på vem som får pengarna, hur mycket och när.
q1-a1 = Vem den är till, summan och dagen
q1-a1-fb = Ja, precis! Stämmer allt? Då kan du skriva under.
q1-a2 = Ingenting, banken har redan kollat
q1-a2-fb = Det är du som godkänner. Läs vem den är till, summan och dagen först.

card = Har du tappat ditt bankkort? Spärra det direkt. Då kan ingen annan använda det. Det kan du göra i bankens app, under Kort. Du kan också ringa din bank. Ta numret från bankens egen webbplats. Ring aldrig ett nummer som du har fått i ett sms.

limit = I appen kan du också se hur mycket du kan swisha. Det kallas en gräns. En låg gräns skyddar dig. Blir du lurad, kan tjuven inte ta så mycket. Ska du betala något stort? Höj gränsen själv en kort tid. Det kan ta tid att höja den. Det är för att skydda dig. Hur det går till i din bank ser du i appen.

q2 = Vad är bra med en låg gräns för Swish?
q2-hint = Tänk på vad en tjuv kan ta.
q2-a1 = Då kan jag inte swisha alls
q2-a1-fb = Du kan swisha som vanligt, upp till gränsen.
q2-a2 = Blir jag lurad, kan tjuven inte ta så mycket
q2-a2-fb = Ja, precis! Behöver du mer en gång, höjer du gränsen själv.
q2-a3 = Då får jag mer pengar på kontot
q2-a3-fb = Gränsen ger inga pengar. Den gör att tjuvar inte kan ta så mycket.

calls = Banken ringer aldrig och ber dig logga in, flytta pengar eller höja en gräns. Ringer någon och säger att det är banken? Följ polisens tre steg: Lägg på. Logga inte in. Lita inte på den som ringer. Ring sedan själv till banken. Numret står på ditt kort och på bankens egen webbplats. Har du själv ringt det numret? Då kan banken be dig visa vem du är med BankID. Kolla då att appen visar namnet på din bank.

q3 = Ett sms säger: Ditt kort är spärrat. Ring oss på 070-174 06 66. Vad gör du?
q3-hint = Var hittar du bankens riktiga nummer?
q3-a1 = Jag ringer numret i sms:et
q3-a1-fb = Numret kan gå till en tjuv. Öppna bankens app, eller ta numret från bankens egen webbplats.
q3-a2 = Jag öppnar bankens app, eller ringer numret på bankens egen webbplats
q3-a2-fb = Ja, precis! Så vet du att du pratar med din riktiga bank.

outro = Bra jobbat! Nu kan du betala en räkning i appen och spärra ett kort. Läs alltid innan du skriver under. Kom ihåg: Lägg på. Logga inte in. Lita inte på den som ringer. Har du blivit lurad? Ring din bank direkt. Anmäl sedan till polisen på 114 14. Vill du ha hjälp med appen? Fråga på ditt bankkontor eller på biblioteket.

keywords =
    Bankens app: ett program i mobilen där du sköter dina pengar.
    Bankgironummer: ett nummer på räkningen som visar vem som ska få pengarna.
    OCR-nummer: en lång rad siffror på räkningen som visar vilken räkning du betalar.
    E-faktura: en räkning som kommer direkt till din bank.
    Spärra: stänga av kortet så att ingen kan använda det.
    Gräns: hur mycket du kan swisha.

# Övningen betala-faktura (scenarios/betala-faktura.toml)
betala-faktura-titel = Betala en e-faktura
betala-faktura-uppgift = Elräkningen har kommit som e-faktura. Den är på 845 kr. Betala den i bankens app. Läs vem den är till, summan och dagen. Skriv under med koden på lappen. Koden är bara för att öva. Din riktiga kod skriver du aldrig ner. Inga pengar skickas på riktigt.
betala-faktura-tips = Läs vad som står på mobilen. Vad ska du göra nu?
betala-faktura-slut = Du läste vem räkningen var till, summan och dagen. Sedan skrev du under med BankID. På riktigt dras pengarna från ditt konto den dagen.
betala-faktura-lapp = Övningskod: 482916
betala-faktura-app-rad = Banken
betala-faktura-hem-rubrik = Hej! Du är inloggad.
betala-faktura-konto = Ditt konto: 12 400 kr
betala-faktura-efakturor = E-fakturor (1 ny)
betala-faktura-kort = Kort
betala-faktura-swish = Gräns för Swish
betala-faktura-efaktura-tips = Du ska betala elräkningen. Den ligger under E-fakturor.
betala-faktura-lista-rubrik = E-fakturor att godkänna
betala-faktura-el-rad = Elbolaget Norr: 845 kr
betala-faktura-tillbaka = Tillbaka
betala-faktura-faktura-rubrik = Stämmer det här?
betala-faktura-faktura-till = Till: Elbolaget Norr
betala-faktura-faktura-summa = Summa: 845 kr
betala-faktura-faktura-dag = Betalas: 30 april
betala-faktura-faktura-konto = Från: Ditt konto
betala-faktura-godkann = Godkänn
betala-faktura-stammer-tips = Allt stämmer med elräkningen: 845 kr till Elbolaget Norr. Tryck på Godkänn.
betala-faktura-bankid-rad = BankID
betala-faktura-skriv-rubrik = Banken vill att du skriver under
betala-faktura-skriv-text = Betala 845 kr till Elbolaget Norr den 30 april. Stämmer det? Skriv din kod och tryck på Skriv under.
betala-faktura-skriv-under = Skriv under
betala-faktura-avbryt = Avbryt
betala-faktura-kod-tips = Koden var inte rätt. Titta på lappen. Skriv alla sex siffror. Tryck sedan på Skriv under.
betala-faktura-avbryt-tips = Det är du som vill betala, och allt stämmer. Skriv koden i stället.
betala-faktura-betald-rubrik = Klart! Betalningen är inlagd.
betala-faktura-betald-text = 845 kr dras från ditt konto den 30 april.

# Övningen sparra-kort (scenarios/sparra-kort.toml)
sparra-kort-titel = Spärra ett kort
sparra-kort-uppgift = Du har tappat ditt bankkort på stan. Just då kommer ett sms. Spärra kortet på ett säkert sätt. Inget händer på riktigt.
sparra-kort-tips = Var sköter du ditt kort på ett säkert sätt?
sparra-kort-slut = Du spärrade kortet i bankens egen app, inte på numret i sms:et. Nu kan ingen använda kortet, och banken skickar ett nytt.
sparra-kort-sms-rad = Meddelanden
sparra-kort-sms-fran = Spärrservice
sparra-kort-sms-text = Ditt kort används av någon annan just nu! Ring oss direkt på 070-174 06 66, så spärrar vi det.
sparra-kort-ring = Ring numret i sms:et
sparra-kort-oppna-appen = Öppna bankens app själv
sparra-kort-ringde-titel = Du ringde numret i sms:et
sparra-kort-ringde-text = Sms:et kom från en tjuv. Tjuven hade bett dig logga in eller säga din kod. Då kan tjuven ta dina pengar. Spärra kortet i bankens egen app, eller ring numret på bankens egen webbplats.
sparra-kort-app-rad = Banken
sparra-kort-hem-rubrik = Hej! Du är inloggad.
sparra-kort-kort = Kort
sparra-kort-betala = Betala
sparra-kort-kort-tips = Du ska spärra ditt kort. Tryck på Kort.
sparra-kort-kort-rubrik = Dina kort
sparra-kort-kort-namn = Bankkort som slutar på 4711
sparra-kort-sparra = Spärra kortet
sparra-kort-tillbaka = Tillbaka
sparra-kort-fraga-rubrik = Vill du spärra kortet?
sparra-kort-fraga-text = Kortet går inte att använda efter det. Du får ett nytt kort med posten.
sparra-kort-ja-sparra = Ja, spärra
sparra-kort-avbryt = Avbryt
sparra-kort-sparra-tips = Du har tappat kortet. Spärra det, så att ingen annan kan använda det.
sparra-kort-sparrat-rubrik = Kortet är spärrat
sparra-kort-sparrat-text = Ingen kan använda kortet nu. Ett nytt kort kommer med posten.
