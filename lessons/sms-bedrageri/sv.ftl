title = Falska sms
summary = Du vet nu att tjuvar skickar falska sms om paket och om banken. Du trycker aldrig på länken i ett sådant sms. Du kan skicka det vidare till 7726 och sedan ta bort det. Är du osäker, ringer du banken på numret på ditt kort.

intro = Ett sms är ett kort meddelande i mobilen. Tjuvar skickar ofta falska sms. De ser ut att komma från posten eller banken. I sms:et finns en länk som de vill att du trycker på.

parcel = Ett vanligt falskt sms säger att ditt paket väntar. Du ska betala en liten avgift via en länk. Det är ett försök att få ditt kortnummer. Tryck inte på länken.
parcel-alt = En telefon med ett sms från Paket-info: Ditt paket väntar. Betala 29 kr i avgift här, följt av en länk. Bredvid står: Falskt! Tryck inte. Skicka till 7726.

real-fee = Ibland måste du betala tull och moms för ett paket. Det gäller paket från länder utanför EU. Då kan PostNord skicka ett sms om det. Tryck ändå inte på länken. Öppna PostNords app, eller skriv postnord.se själv. Där ser du om du har något att betala. En app är ett program i mobilen.

q-parcel = Du får ett sms: Ditt paket väntar. Betala 29 kronor här. Vad gör du?
q-parcel-hint = Tänk på hur du betalar en riktig avgift till posten.
q-parcel-a1 = Jag trycker på länken och betalar. Det är ju lite pengar.
q-parcel-a1-fb = Tjuven vill ha ditt kortnummer, inte 29 kronor. Tryck inte på länken.
q-parcel-a2 = Jag trycker inte på länken.
q-parcel-a2-fb = Ja, precis! Vill du veta om du har något att betala? Öppna PostNords app, eller skriv postnord.se själv.
q-parcel-a3 = Jag svarar på sms:et och frågar.
q-parcel-a3-fb = Då vet tjuven att ditt nummer används. Svara inte, och tryck inte på länken.

bank = Andra falska sms säger att ditt kort är spärrat. Eller att du ska ringa ett nummer för att spärra det. Ring inte det numret. Ring banken själv, på numret som står på ditt kort.

signs = Så känner du igen ett falskt sms. Det är bråttom. Du ska betala eller logga in. Det finns en konstig länk. Men språket kan vara helt rätt. Tjuvar skriver ofta bra svenska i dag.

forward = Du kan skicka falska sms vidare till numret 7726. Det är ett nummer som telefonbolagen har för sådana sms. Ta sedan bort sms:et. Numret kan ändras, så fråga ditt telefonbolag vad som gäller i dag.

q-forward = Vart kan du skicka ett falskt sms?
q-forward-hint = Gå gärna tillbaka och läs om numret som telefonbolagen har.
q-forward-a1 = Till 7726
q-forward-a1-fb = Ja, precis! Skicka det dit, och ta sedan bort det.
q-forward-a2 = Tillbaka till den som skickade det
q-forward-a2-fb = Då vet tjuven att ditt nummer används. Skicka det till 7726 i stället.
q-forward-a3 = Till alla mina vänner
q-forward-a3-fb = Då kan de bli lurade. Berätta gärna om det, men skicka sms:et till 7726.

outro = Bra gjort! Tryck aldrig på länkar i sms om paket eller bank. Skicka dem till 7726 och ta bort dem. Ringer någon sedan och säger att de är banken? Kom ihåg polisens tre steg: Lägg på. Logga inte in. Lita inte på den som ringer.

keywords =
    Sms: ett kort meddelande i mobilen.
    Länk: en text du trycker på. I ett falskt sms leder den till en falsk sida.
    Tull och moms: det du kan behöva betala för paket från länder utanför EU. Kolla i PostNords app eller på postnord.se, inte via en länk.
    7726: numret dit du kan skicka falska sms. Fråga ditt telefonbolag om numret gäller i dag.
# Övningen falska-sms (scenarios/falska-sms.toml)
falska-sms-titel = Två falska sms
falska-sms-uppgift = Du har fått sms. Några av dem är falska. Öppna dem och välj vad du gör. Skicka det falska sms:et om paketet vidare till 7726. Ta sedan bort det. Tryck på knapparna i mobilen. Inget händer på riktigt.
falska-sms-tips = Vill sms:et att du gör något snabbt med pengar? Då är det nog falskt.
falska-sms-slut = Rätt sak är att inte trycka på länken och inte ringa numret i sms:et. Du skickade det falska sms:et vidare till 7726. Sedan tog du bort det. Gör likadant när du får ett falskt sms på riktigt.
falska-sms-meddelanden = Meddelanden
falska-sms-samtal = Telefon
falska-sms-paket-fran = Paketbolaget
falska-sms-paket-kort = Ditt paket väntar. Betala tull…
falska-sms-paket-text = Ditt paket väntar. Betala 29 kr i tull i dag, annars skickas det tillbaka. Betala här:
falska-sms-paket-lank = paket-tull.example/betala
falska-sms-svara = Svara på sms:et
falska-sms-svara-tips = Svara inte. Då vet tjuven att ditt nummer fungerar. Ta bort sms:et i stället.
falska-sms-ta-bort = Ta bort sms:et
falska-sms-anna-fran = Anna
falska-sms-anna-text = Ses vi på fredag? Kram!
falska-sms-till-alla = Till alla sms
falska-sms-klart-paket = Klart: Det falska sms:et om paketet är borttaget.
falska-sms-nytt = Ett nytt sms har kommit.
falska-sms-bank-fran = Banken
falska-sms-kort-kort = Ditt kort är spärrat…
falska-sms-kort-text = Ditt kort är spärrat. Ring 070-174 06 66 nu, så öppnar vi det igen.
falska-sms-ring-numret = Ring numret i sms:et
falska-sms-ring-banken = Ring banken på numret på ditt kort
falska-sms-banken-namn = Banken, numret på kortet
falska-sms-banken-svar = – Hej! Ditt kort är inte spärrat. Sms:et kom inte från oss. Ta bort det.
falska-sms-lagg-pa = Lägg på
falska-sms-klar-text = Nu är de falska sms:en borta.
falska-sms-lank-titel = Du tryckte på länken
falska-sms-lank-text = Om det här hade hänt på riktigt, hade du kommit till en falsk sida. Där vill tjuven ha ditt kortnummer. Tryck aldrig på en länk i ett sms som vill ha pengar. Är du osäker? Gå själv in på företagets sida eller app.
falska-sms-ring-titel = Du ringde numret i sms:et
falska-sms-ring-text = Om det här hade hänt på riktigt, hade du pratat med en tjuv. Han hade bett om din kod, eller bett dig logga in. Ring i stället banken på numret på ditt kort.
falska-sms-vidare = Skicka vidare till 7726
falska-sms-vidare-rubrik = Skicka vidare
falska-sms-vidare-till = Till: 7726
falska-sms-vidare-skicka = Skicka
falska-sms-vidare-klart = Klart: Sms:et är skickat till 7726. Ta nu bort det.
falska-sms-ta-bort-tips = Skicka först sms:et vidare till 7726. Då kan telefonbolagen stoppa fler sådana sms. Ta sedan bort det.
