title = Repetition
summary = Du har repeterat det viktigaste från kursen. Du känner igen en e-postadress och är försiktig med filer du inte väntade dig. Du använder bara BankID när du själv har börjat något. Du har bra lösenord, och du lägger på när någon försöker lura dig. Du ringer själv på numret som du redan har. En kod säger du aldrig till någon. Den som vill hjälpa dig får en fullmakt.

intro = Nu har du gått nästan hela kursen. Här kommer några frågor om det du har lärt dig. Det är inget prov. Svarar du fel, får du en ledtråd och kan försöka igen.
intro-alt = En lista med rubriken Det här kan du nu. Fyra gröna bockar: E-post, BankID, Lösenord och Bedrägerier.

q-email = Vilken av de här är en e-postadress?
q-email-hint = Tänk på tecknet som alltid finns i en e-postadress.
q-email-a1 = www.1177.se
q-email-a1-fb = Det är adressen till en webbsida. En e-postadress har ett snabel-a, @.
q-email-a2 = karin@post.example
q-email-a2-fb = Ja, precis! Snabel-a visar att det är en e-postadress.
q-email-a3 = 070-174 06 77
q-email-a3-fb = Det är ett telefonnummer. En e-postadress har ett snabel-a, @.

q-attach = Du får e-post med en bifogad fil som du inte väntade dig. En bifogad fil är något som skickas med brevet. Vad gör du?
q-attach-hint = Tänk på vad du kan göra om du är osäker.
q-attach-a1 = Jag öppnar filen direkt.
q-attach-a1-fb = Filen kan vara farlig. Fråga först den som skickade den, på något annat sätt.
q-attach-a2 = Jag öppnar den inte. Jag frågar först den som skickade den.
q-attach-a2-fb = Ja, precis! Ring eller fråga personen på annat sätt än via e-posten.

q-bankid = När ska du använda ditt BankID?
q-bankid-hint = Tänk på vem som ska ha börjat det du gör.
q-bankid-a1 = Bara när jag själv har börjat något
q-bankid-a1-fb = Ja, precis! Till exempel när du själv loggar in. Eller när du själv har ringt din bank, på numret på ditt kort.
q-bankid-a2 = När någon ringer och ber mig
q-bankid-a2-fb = Ringer någon dig och ber dig logga in? Lägg på. Bara om du själv har ringt din bank kan det vara rätt.
q-bankid-a3 = När ett sms ber mig
q-bankid-a3-fb = Ett sms som ber om BankID är ett försök att lura dig. Använd det bara när du själv har börjat.

q-read = BankID-appen visar något som du inte känner igen. Vad gör du?
q-read-hint = Läs alltid vad appen säger. Vem började det här?
q-read-a1 = Jag skriver in min kod ändå.
q-read-a1-fb = Då kan du godkänna något åt en tjuv. Avbryt i stället.
q-read-a2 = Jag avbryter.
q-read-a2-fb = Ja, precis! Har du inte börjat det själv, avbryter du.

q-password = Hur ska ett bra lösenord vara?
q-password-hint = Tänk på lektionen om lösenord och bilden med olika nycklar.
q-password-a1 = Kort och samma överallt
q-password-a1-fb = Ett kort lösenord är lätt att gissa. Ha ett långt och eget för varje tjänst.
q-password-a2 = Mitt namn och mitt födelseår
q-password-a2-fb = Det är lätt att gissa. Ta hellre fyra ord som inte hör ihop.
q-password-a3 = Långt, och ett eget för varje tjänst
q-password-a3-fb = Ja, precis! Och du berättar det aldrig för någon.

q-call = Någon säger att de ringer från polisen. De ber dig logga in med BankID. Vad gör du?
q-call-hint = Tänk på polisens tre steg.
q-call-a1 = Jag lägger på.
q-call-a1-fb = Ja, precis! Lägg på. Logga inte in. Lita inte på den som ringer.
q-call-a2 = Jag loggar in, det är ju polisen.
q-call-a2-fb = Polisen ber dig aldrig logga in i telefon. Lägg på.

q-sms = Ett sms ber dig betala tull för ett paket via en länk. Vad gör du?
q-sms-hint = Tänk på hur du betalar en riktig avgift för ett paket.
q-sms-a1 = Jag betalar via länken.
q-sms-a1-fb = Länken vill få ditt kortnummer. Tryck inte på den.
q-sms-a2 = Jag trycker inte på länken. Jag skickar sms:et till 7726.
q-sms-a2-fb = Ja, precis! Sedan kan du ta bort det. Vill du veta om du har något att betala? Öppna PostNords app, eller skriv postnord.se själv.

q-courier = Någon ringer och säger att hen är från banken. Ett bud kommer snart och hämtar ditt bankkort. Vad gör du?
q-courier-hint = Vad gör banken och polisen aldrig?
q-courier-a1 = Jag lägger kortet i ett kuvert åt budet.
q-courier-a1-fb = Banken och polisen hämtar aldrig kort hemma hos dig. Lägg på och ring banken själv.
q-courier-a2 = Jag lägger på och ringer banken på numret på mitt kort.
q-courier-a2-fb = Ja, precis! Banken och polisen hämtar aldrig kort, koder, pengar eller smycken hemma hos dig.
q-courier-a3 = Jag ger budet kortet, men inte koden.
q-courier-a3-fb = Med bara kortet kan tjuven handla för dina pengar. Lägg på och ring banken själv.

q-family = Du får ett sms från ett nummer som du inte har: Hej mamma! Jag har ett nytt nummer. Kan du swisha pengar till mig? Vad gör du?
q-family-hint = Vilket nummer vet du säkert att ditt barn har?
q-family-a1 = Jag swishar. Det är ju mitt barn.
q-family-a1-fb = Det kan vara en tjuv. Ring först ditt barn på det gamla numret.
q-family-a2 = Jag ringer mitt barn på det gamla numret.
q-family-a2-fb = Ja, precis! Då når du den riktiga personen. Skicka inga pengar innan ni har pratat.
q-family-a3 = Jag ringer det nya numret.
q-family-a3-fb = Där svarar tjuven, eller ingen alls. Ring det gamla numret, som du redan har.

q-code = Du får en kod i ett sms. Sedan ringer någon och säger att hen är från butiken. Hen ber dig läsa upp koden. Vad gör du?
q-code-hint = Vem ska få veta koden i sms:et?
q-code-a1 = Jag läser upp koden.
q-code-a1-fb = Med koden kan tjuven logga in som du. Lägg på.
q-code-a2 = Jag lägger på. Koden säger jag aldrig till någon.
q-code-a2-fb = Ja, precis! Koden skriver du bara på sidan som du själv har öppnat. Byt sedan lösenord, själv i appen eller på sidan.

q-proxy = Din dotter vill hjälpa dig att betala dina räkningar. Hur gör ni säkrast?
q-proxy-hint = Vem ska använda ditt BankID?
q-proxy-a1 = Jag ger henne min kod till BankID.
q-proxy-a1-fb = Hon menar säkert väl, men koden är bara din. Ordna en fullmakt hos banken i stället.
q-proxy-a2 = Vi ordnar en fullmakt hos banken.
q-proxy-a2-fb = Ja, precis! Då hjälper hon dig med sitt eget BankID. En fullmakt kan du ta tillbaka när du vill.

q-friend = En ny vän på nätet har skrivit till dig varje dag i flera månader. Ni har aldrig setts. Nu behöver hen pengar till en biljett. Vad gör du?
q-friend-hint = Har ni träffats på riktigt?
q-friend-a1 = Jag skickar pengarna. Vi tycker ju om varandra.
q-friend-a1-fb = Den som bara finns på nätet och ber om pengar är nästan alltid en tjuv. Prata med någon du litar på.
q-friend-a2 = Jag skickar inga pengar. Jag pratar med någon jag litar på.
q-friend-a2-fb = Ja, precis! Skicka aldrig pengar till någon som du bara känner från nätet.

outro = Bra jobbat! Du har lärt dig mycket i kursen. Fortsätt gärna att öva lite varje dag. Och kom ihåg: Det finns alltid någon att fråga.

keywords =
    Snabel-a: tecknet @ i en e-postadress.
    Bifogad fil: något som skickas med ett brev.
    Fullmakt: ett besked att en annan person får hjälpa dig med en viss sak.
    Polisens tre steg: Lägg på. Logga inte in. Lita inte på den som ringer.
    7726: numret dit du skickar falska sms. Fråga ditt telefonbolag om numret gäller i dag.
