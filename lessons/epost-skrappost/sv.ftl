title = Skräppost och falska brev
summary = Skräppost är brev som du inte har bett om, och en del är falska. Ett falskt brev stressar dig, har en konstig adress eller ber om koder. Klicka inte på något i ett sådant brev. Ta bort det eller flytta det till Skräppost.

intro = Skräppost är e-post som du inte har bett om. Ofta är det bara reklam. Men ibland är det tjuvar som vill lura dig. De vill komma åt dina koder eller dina pengar.

brattom = Ett falskt brev vill ofta att du ska skynda dig. Det kan stå att ditt kort spärras i dag. Eller att du måste svara inom en timme. Det är ett knep för att du inte ska hinna tänka.
brattom-alt = Ett falskt brev. Tre saker är markerade: en konstig adress, ordet Bråttom och en fråga om din kod.

avsandare = Titta på vem brevet kommer från. Klicka på namnet så ser du hela adressen. En falsk adress ser ofta konstig ut. Namnet kan säga Banken, men adressen är en helt annan.

koder = Ber brevet om din kod, ditt lösenord eller ditt kortnummer? Då är det falskt. Ingen bank eller myndighet ber om sådant i ett brev.

lankar = Klicka bara på länkar i ett brev som du litar på. Länken kan leda till en falsk sida. Den kan se ut precis som bankens sida. Ett falskt brev kan också vara skrivet på fin svenska. Tjuvar har bra hjälp att skriva i dag.

q1 = Vilket är ett tecken på ett falskt brev?
q1-hint = Tänk på vad tjuvarna vill komma åt.
q1-a1 = Brevet kommer från en vän som du väntar svar från.
q1-a1-fb = Det är inget tecken i sig. Men en tjuv kan låtsas vara någon du känner. Titta därför alltid på adressen och på vad brevet vill.
q1-a2 = Brevet ber dig skriva in din kod.
q1-a2-fb = Ja, precis! Ingen bank eller myndighet ber om din kod i ett brev.
q1-a3 = Brevet har ett kort ämne.
q1-a3-fb = Ett kort ämne är helt vanligt. Det säger inget om brevet är falskt.

gora = Tror du att ett brev är falskt? Svara inte och klicka inte på något. Ta bort brevet. Eller flytta det till mappen Skräppost. En mapp är som ett fack där brev ligger. Då lär sig din e-post känna igen liknande brev.
gora-alt = Ett öppet brev med två knappar: Ta bort och Skräppost.

q2 = Ett brev från Banken säger: Ditt kort spärras i dag! Klicka här och fyll i din kod. Vad gör du?
q2-hint = Tänk på de tecken du har lärt dig. Hur många ser du här?
q2-a1 = Jag klickar snabbt, så att kortet inte spärras.
q2-a1-fb = Det är just det tjuvarna vill. De stressar dig för att du inte ska tänka efter. Klicka inte, och ta bort brevet.
q2-a2 = Jag klickar inte, och tar bort brevet.
q2-a2-fb = Ja, precis! Brevet stressar dig och ber om din kod. Det är två tecken på ett falskt brev.
q2-a3 = Jag svarar och frågar om det är sant.
q2-a3-fb = Då svarar du tjuvarna. De vet då att din adress fungerar.

osaker = Är du osäker? Ring din bank på numret som står på ditt kort. Ring aldrig ett nummer i brevet. Har du fått ett falskt brev om BankID? Skicka det vidare till abuse@bankid.com.

slut = Bra jobbat! Nu känner du igen ett falskt brev. Brevet stressar, har en konstig adress eller ber om koder. Ta det lugnt, klicka inte och ta bort brevet.

keywords =
    Skräppost: brev som du inte har bett om.
    Falskt brev: ett brev från någon som vill lura dig.
    Avsändare: den som har skickat brevet.
    Länk: en text som leder till en sida. Klicka bara om du litar på brevet.

# Övningen inkorgen (scenarios/inkorgen.toml)
inkorgen-titel = Din egen inkorg
inkorgen-uppgift = Gör de tre sakerna i listan här under. Skriv vad du vill, stavningen spelar ingen roll. Inget skickas på riktigt.
inkorgen-att-svara = Svara på brevet från Anna.
inkorgen-att-skicka = Tryck på Nytt meddelande och skriv till Karin. Skicka med en bild.
inkorgen-att-ta-bort = Hitta de två falska breven och ta bort dem.
inkorgen-tips = Titta på listan i uppgiften. Vad har du kvar att göra?
inkorgen-slut = Du svarade Anna och skickade en bild till Karin. Du tog bort två falska brev. Du såg tre tecken. Adressen var konstig. Breven ville att du skulle skynda dig. Och de bad om ditt kortnummer och din kod. Ingen bank eller PostNord gör så.
inkorgen-adress = E-post
inkorgen-inkorg-rubrik = Inkorg
inkorgen-klart-svar = Klart: Ditt svar till Anna är skickat.
inkorgen-klart-skickat = Klart: Ditt brev till Karin är skickat.
inkorgen-klart-bort-paket = Klart: Det falska brevet om paketet är borttaget.
inkorgen-klart-skrap-paket = Klart: Det falska brevet om paketet ligger i skräpposten.
inkorgen-klart-bort-bank = Klart: Det falska brevet från banken är borttaget.
inkorgen-klart-skrap-bank = Klart: Det falska brevet från banken ligger i skräpposten.
inkorgen-nytt = Nytt meddelande
inkorgen-anna-namn = Anna Berg
inkorgen-anna-adress = anna.berg@post.example
inkorgen-anna-hel = Anna Berg, anna.berg@post.example
inkorgen-anna-amne = Fika på torsdag?
inkorgen-anna-text = Hej! Vill du fika med mig på torsdag? Vi kan ses på kaféet vid torget klockan tre. Kram, Anna
inkorgen-svara = Svara
inkorgen-ta-bort = Ta bort
inkorgen-till-inkorg = Till inkorgen
inkorgen-akta-tips = Det här brevet är äkta. Ta bara bort de falska breven.
inkorgen-svar-rubrik = Svara Anna
inkorgen-till = Till:
inkorgen-svar-amne = Ämne: Sv: Fika på torsdag?
inkorgen-meddelande = Skriv ditt meddelande här
inkorgen-skicka = Skicka
inkorgen-avbryt = Avbryt
inkorgen-svar-tips = Skriv några ord till Anna i rutan först. Sedan trycker du på Skicka.
inkorgen-skriv-rubrik = Nytt meddelande
inkorgen-till-ingen = Du har inte valt någon än.
inkorgen-karin-namn = Karin Ek
inkorgen-karin-adress = karin.ek@post.example
inkorgen-karin-hel = Karin Ek, karin.ek@post.example
inkorgen-olle-namn = Olle Svensson
inkorgen-olle-adress = olle.s@post.example
inkorgen-olle-hel = Olle Svensson, olle.s@post.example
inkorgen-valj-mottagare = Välj i adressboken
inkorgen-amne = Ämne
inkorgen-bifoga = Bifoga bild
inkorgen-fil-sol = solnedgang.jpg
inkorgen-fil-blomma = blomma.jpg
inkorgen-fil-stuga = stugan.jpg
inkorgen-skicka-tips = Titta på tre saker. Står Karin vid Till? Har du skrivit ett ämne och några ord? Har du bifogat en bild?
inkorgen-adressbok-rubrik = Adressbok. Vem vill du skriva till?
inkorgen-bilder-rubrik = Dina bilder. Välj en bild.
inkorgen-bild-sol = Solnedgång vid havet
inkorgen-bild-blomma = Blomman i trädgården
inkorgen-bild-stuga = Stugan i somras
inkorgen-till-brevet = Till brevet
inkorgen-paket-namn = PostNord
inkorgen-paket-adress = avgift@postnord-betala.example
inkorgen-paket-amne = Ditt paket väntar
inkorgen-paket-text = Ditt paket kan inte lämnas ut. Betala 29 kr i dag, annars skickas det tillbaka. Tryck på länken och skriv ditt kortnummer.
inkorgen-paket-lank = Betala 29 kr här
inkorgen-skrappost = Flytta till skräppost
inkorgen-falskt-svara-tips = Svara inte på ett falskt brev. Ta bort det, eller flytta det till skräpposten.
inkorgen-paket-falla = Du tryckte på länken i det falska brevet
inkorgen-paket-falla-text = Länken ledde till en falsk sida. Där skulle du skriva ditt kortnummer. Då kan tjuven ta dina pengar. Titta på adressen. Den är inte PostNords. Ta bort brevet i stället. Undrar du om du har ett paket? Öppna PostNords app, eller skriv postnord.se själv.
inkorgen-bank-namn = Banken
inkorgen-bank-adress = sakerhet@banken-kund.example
inkorgen-bank-amne = Ditt kort spärras i dag!
inkorgen-bank-text = Vi har sett konstiga köp på ditt kort. Logga in inom en timme och skriv din kod. Annars spärras kortet.
inkorgen-bank-lank = Logga in här
inkorgen-bank-falla = Du tryckte på länken i brevet från banken
inkorgen-bank-falla-text = Brevet var falskt. Länken ledde till en falsk sida som ser ut som bankens. Där tar tjuven din kod. Banken ber aldrig om din kod i ett brev. Ta bort brevet i stället.
inkorgen-bibl-namn = Biblioteket
inkorgen-bibl-adress = bibliotek@kommun.example
inkorgen-bibl-amne = Din bok kan hämtas
inkorgen-bibl-text = Hej! Boken som du har reserverat finns nu på biblioteket. Den väntar på dig till fredag. Välkommen!
inkorgen-forening-namn = Seniorföreningen
inkorgen-forening-adress = info@seniorforeningen.example
inkorgen-forening-amne = Vårens program
inkorgen-forening-text = Hej! Nu är vårens program klart. Vi ses på biblioteket varje tisdag klockan tio. Välkomna!
