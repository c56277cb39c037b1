title = Var får jag hjälp?
summary = Du vet nu var du kan få hjälp efter kursen. Du kan fråga biblioteket, handledarna, en klubb i SeniorNet Sweden eller kommunens digitala guide. Gäller det banken, ringer du numret på ditt kort. Du ringer aldrig ett nummer som någon ger dig i telefon.

intro = Kursen är snart slut. Men du kommer att få fler frågor. Det är helt normalt. Här får du veta vart du kan vända dig.

library = Biblioteket i din kommun hjälper gärna till. Där finns ofta datorer som du kan använda. Fråga personalen om du behöver hjälp med datorn eller mobilen.
library-alt = Tre rutor. Den första visar ett hus med pelare: Biblioteket. Den andra visar två personer: Handledare. Den tredje visar baksidan av ett bankkort med ett telefonnummer: Kortets nummer.

tutors = Du kan också fråga handledarna i kursen. De vet vad du har övat på. Fråga dem gärna innan kursen slutar. De kan säga var du kan öva vidare.

clubs = SeniorNet Sweden har klubbar på många orter. Där lär äldre ut till äldre. Du kan gå dit och öva i lugn takt. Fråga biblioteket om det finns en klubb nära dig.

guide = Många kommuner har en digital guide. Det är en person som hjälper dig med datorn och mobilen. Ring kommunen och fråga om det finns en där du bor.

q-who = Vem kan du fråga om hjälp med datorn efter kursen?
q-who-hint = Tänk på de platser och personer du nyss läste om.
q-who-a1 = Biblioteket eller en klubb för seniorer
q-who-a1-fb = Ja, precis! Där får du hjälp i lugn takt.
q-who-a2 = Någon som ringer och vill hjälpa mig
q-who-a2-fb = En okänd som ringer kan vilja lura dig. Fråga hellre biblioteket eller en klubb.
q-who-a3 = Ingen, jag får klara mig själv.
q-who-a3-fb = Du behöver inte klara dig själv. Biblioteket och klubbarna hjälper gärna.

bank = Gäller det din bank? Ring numret som står på baksidan av ditt bankkort. Ring aldrig ett nummer som någon ger dig i telefon. Det kan vara en bedragare, alltså någon som vill lura dig.
bank-alt = Till vänster baksidan av ett bankkort med ett telefonnummer, och en grön bock: Numret på kortet. Till höger en telefon där en okänd ringer och säger Ring oss på 0900, och ett rött kryss: Numret i samtal.

q-bank = Någon ringer och säger: Ring banken på det här numret. Vad gör du?
q-bank-hint = Var finns bankens riktiga nummer? Tänk på bilden du nyss såg.
q-bank-a1 = Jag ringer numret som jag fick.
q-bank-a1-fb = Numret kan gå till en bedragare. Ring numret på ditt bankkort i stället.
q-bank-a2 = Jag ringer numret som står på mitt bankkort.
q-bank-a2-fb = Ja, precis! Då vet du att du pratar med din riktiga bank.

outro = Du är inte ensam. Det finns alltid någon att fråga. Be hellre om hjälp en gång för mycket än en gång för lite.

keywords =
    SeniorNet Sweden: klubbar där äldre lär äldre.
    Digital guide: en person i kommunen som hjälper dig med datorn.
    Numret på kortet: bankens rätta nummer, på baksidan av ditt bankkort.
    Bedragare: en person som vill lura dig.
