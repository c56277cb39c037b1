title = Handla på nätet och paket
summary = Handla helst i butiker du känner, och skriv själv in adressen. Betala med kort eller faktura. Kolla din adress innan du beställer. Ett sms om paket kan vara falskt. Tryck aldrig på en länk för att betala. Öppna paketbolagets app, eller skriv in dess adress själv. Falska sms skickar du vidare till 7726.

intro = Att handla på nätet kallas e-handel. Du väljer varor på en webbplats eller i en app. Sedan betalar du. Varan kommer hem till dig, eller till ett ombud. Ett ombud är en butik där du hämtar paket.

shops = Handla helst i butiker du känner till. Skriv själv in butikens adress i webbläsaren. Är priset mycket lågt? Då kan butiken vara falsk. Kolla att butiken har en adress och ett telefonnummer. Sök gärna på butikens namn och läs vad andra säger om den.

pay = Betala med kort eller mot faktura. En faktura är en räkning som kommer efteråt. Då betalar du när du har fått varan. Har du betalat med kort och varan aldrig kommer? Då kan banken ofta hjälpa dig. Swisha aldrig i förväg till en okänd säljare.

q1 = Du handlar i en butik på nätet för första gången. Hur betalar du tryggast?
q1-hint = Vilket sätt ger dig hjälp om varan aldrig kommer?
q1-a1 = Med kort, eller mot faktura
q1-a1-fb = Ja, precis! Med faktura betalar du när du har fått varan.
q1-a2 = Jag swishar i förväg till numret som säljaren ger mig
q1-a2-fb = Pengar som du har swishat är svåra att få tillbaka. Betala med kort eller mot faktura.

address = Kolla din adress innan du beställer. Står ditt namn och din gata rätt? Stämmer postnumret? Med fel adress kommer paketet inte fram.

notice = När paketet är på väg får du ett besked. Ett sådant besked kallas avi. Det kommer ofta som sms, som e-post eller i paketbolagets app. Men tjuvar skickar också falska avier. De ser ut att komma från ett paketbolag. De har en länk där du ska betala, eller skriva in numret på ditt kort. Tryck inte på länken.

customs = Ibland ska du verkligen betala för ett paket. Kommer paketet från ett land utanför EU? Då kan du behöva betala moms, och ibland tull. Moms och tull är skatter till staten. Reglerna ändras ibland. Vad som gäller i dag står på tullverket.se.
customs-pay = PostNord kan då be dig betala. Men betala aldrig via en länk i ett sms. Öppna i stället PostNords app. Eller skriv själv postnord.se i webbläsaren. Där ser du om något ska betalas.
customs-alt = Till vänster ett sms med en länk för att betala tull, och ett rött kryss. Till höger appen som du öppnar själv. Där står Moms att betala, 212 kr, och en grön bock.

q2 = Ett sms säger: Ditt paket väntar. Betala 49 kr i tull via länken. Vad gör du?
q2-hint = Var ser du säkert om något ska betalas?
q2-a1 = Jag trycker på länken och betalar
q2-a1-fb = Länken kan gå till en tjuv. Öppna paketbolagets app, eller skriv in dess adress själv.
q2-a2 = Jag öppnar paketbolagets app själv och kollar där
q2-a2-fb = Ja, precis! Där ser du om något verkligen ska betalas.

q3 = Du har köpt något från ett land utanför EU. Kan det vara på riktigt att du ska betala moms?
q3-hint = Tänk på varor från länder utanför EU.
q3-a1 = Ja, det kan det. Jag kollar i paketbolagets app.
q3-a1-fb = Ja, precis! Betala i appen eller på paketbolagets egen sida, aldrig via en länk.
q3-a2 = Nej, det är alltid ett bedrägeri
q3-a2-fb = Ibland är det på riktigt. Kolla i paketbolagets app, eller skriv in dess adress själv.

help = Har du tryckt på en länk och skrivit in numret på ditt kort? Ring din bank direkt och spärra kortet. Anmäl sedan till polisen på 114 14. Falska sms skickar du vidare till 7726. Ringer någon om ditt paket och vill att du loggar in? Följ polisens tre steg: Lägg på. Logga inte in. Lita inte på den som ringer.

outro = Bra jobbat! Nu vet du hur du handlar tryggt på nätet. Betala med kort eller faktura. Kolla paket i paketbolagets egen app. Är du osäker? Fråga någon du litar på, eller fråga på biblioteket. Ringer någon om ett paket? Lägg på. Logga inte in. Lita inte på den som ringer.

keywords =
    E-handel: att handla på nätet.
    Faktura: en räkning som kommer efteråt.
    Ombud: en butik där du hämtar paket.
    Avi: ett besked om att ett paket är på väg eller har kommit.
    Moms och tull: skatter till staten, för en del varor från länder utanför EU.
    7726: numret dit du skickar falska sms.

# Övningen paket-sms (scenarios/paket-sms.toml)
paket-sms-titel = Ett sms om ditt paket
paket-sms-uppgift = Du väntar på en tröja från en butik i USA. Nu kommer ett sms om paketet. Skicka först sms:et till 7726. Kolla sedan i Paketappen om något ska betalas. Inga pengar skickas på riktigt.
paket-sms-tips = Tryck inte på länken. Var kan du se säkert om något ska betalas?
paket-sms-att-vidare = Skicka det falska sms:et till 7726.
paket-sms-att-appen = Kolla i Paketappen och betala det som ska betalas.
paket-sms-slut = Du skickade det falska sms:et till 7726. Du öppnade Paketappen själv, i stället för länken. Där såg du vad som verkligen skulle betalas.
paket-sms-sms-rad = Meddelanden
paket-sms-sms-fran = Paket
paket-sms-sms-text = Ditt paket har fastnat i tullen. Betala 49 kr inom 24 timmar, annars skickas det tillbaka.
paket-sms-lank = paketbolaget-tull.example/betala
paket-sms-vidare = Skicka sms:et till 7726
paket-sms-oppna-appen = Öppna Paketappen själv
paket-sms-lank-titel = Du tryckte på länken
paket-sms-lank-text = Länken gick till en falsk sida. Där hade du fått skriva in numret på ditt kort. Då kan tjuven ta dina pengar. Tryck aldrig på en länk för att betala. Öppna paketbolagets app själv.
paket-sms-anmalt-rubrik = Skickat till 7726
paket-sms-anmalt-text = Tack! Då slipper fler få samma falska sms. Kolla nu i Paketappen.
paket-sms-app-rad = Paketappen
paket-sms-app-rubrik = Dina paket
paket-sms-app-paket = Ett paket är på väg till dig.
paket-sms-paket-rad = Paket från USA: moms att betala
paket-sms-paket-rubrik = Paket från USA
paket-sms-paket-text = Paketet kommer från ett land utanför EU. Därför ska du betala moms och en avgift.
paket-sms-paket-summa = Att betala: 212 kr
paket-sms-betala = Betala 212 kr med kort
paket-sms-tillbaka = Tillbaka
paket-sms-betalt-rubrik = Tack! Du har betalat.
paket-sms-betalt-text = Paketet skickas till ditt ombud. Du får en avi i appen när det har kommit.
paket-sms-till-sms = Tillbaka till meddelanden
