title = Skräppost och falska brev
summary = Skräppost är brev som du inte har bett om, och en del är falska. Ett falskt brev stressar dig, har en konstig adress eller ber om koder. Klicka inte på något i ett sådant brev. Ta bort det eller flytta det till Skräppost.

intro = Skräppost är e-post som du inte har bett om. Ofta är det bara reklam. Men ibland är det tjuvar som vill lura dig. De vill komma åt dina koder eller dina pengar.

brattom = Ett falskt brev vill ofta att du ska skynda dig. Det kan stå att ditt kort spärras i dag. Eller att du måste svara inom en timme. Det är ett knep för att du inte ska hinna tänka.
brattom-alt = Ett falskt brev. Tre saker är markerade: en konstig adress, ordet Bråttom och en fråga om din kod.

avsandare = Titta på vem brevet kommer från. Klicka på namnet så ser du hela adressen. En falsk adress ser ofta konstig ut. Namnet kan säga Banken, men adressen är en helt annan.

koder = Ber brevet om din kod, ditt lösenord eller ditt kortnummer? Då är det falskt. Ingen bank eller myndighet ber om sådant i ett brev.

lankar = Klicka inte på länkar i ett brev som du inte litar på. Länken kan leda till en falsk sida. Den kan se ut precis som bankens sida. Dålig svenska är också ett tecken på ett falskt brev.

q1 = Vilket är ett tecken på ett falskt brev?
q1-hint = Tänk på vad tjuvarna vill komma åt.
q1-a1 = Brevet kommer från en vän som du väntar svar från.
q1-a1-fb = Ett brev som du väntar på är oftast äkta. Titta ändå på adressen.
q1-a2 = Brevet ber dig skriva in din kod.
q1-a2-fb = Ja, precis! Ingen bank eller myndighet ber om din kod i ett brev.
q1-a3 = Brevet har ett kort ämne.
q1-a3-fb = Ett kort ämne är helt vanligt. Det säger inget om brevet är falskt.

gora = Tror du att ett brev är falskt? Svara inte och klicka inte på något. Ta bort brevet. Eller flytta det till mappen Skräppost. Då lär sig din e-post känna igen liknande brev.
gora-alt = Ett öppet brev med två knappar: Ta bort och Skräppost.

q2 = Ett brev från Banken säger: Ditt kort spärras i dag! Klicka här och fyll i din kod. Vad gör du?
q2-hint = Tänk på de tecken du har lärt dig. Hur många ser du här?
q2-a1 = Jag klickar snabbt, så att kortet inte spärras.
q2-a1-fb = Det är just det tjuvarna vill. De stressar dig för att du inte ska tänka efter.
q2-a2 = Jag klickar inte, och tar bort brevet.
q2-a2-fb = Ja, precis! Brevet stressar dig och ber om din kod. Det är två tecken på fusk.
q2-a3 = Jag svarar och frågar om det är sant.
q2-a3-fb = Då svarar du tjuvarna. De vet då att din adress fungerar.

osaker = Är du osäker? Ring din bank på numret som står på ditt kort. Ring aldrig ett nummer i brevet. Har du fått ett falskt brev om BankID? Skicka det vidare till abuse@bankid.com.

slut = Bra jobbat! Nu känner du igen ett falskt brev. Brevet stressar, har en konstig adress eller ber om koder. Ta det lugnt, klicka inte och ta bort brevet.

keywords =
    Skräppost: brev som du inte har bett om.
    Falskt brev: ett brev från någon som vill lura dig.
    Avsändare: den som har skickat brevet.
    Länk: en text som leder till en sida. Klicka inte om du inte litar på brevet.
