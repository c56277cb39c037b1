title = Digital brevlåda
summary = En digital brevlåda är en brevlåda på nätet. När du har en, kommer många brev från myndigheter dit i stället för på papper. Kivra är en app, och Min myndighetspost är en webbplats. Du öppnar själv appen eller webbplatsen för att läsa din post. Du trycker inte på länkar i sms om post.

what = En digital brevlåda är en brevlåda på nätet. Du läser dina brev i mobilen eller på datorn. Breven ligger kvar där. Du kan läsa dem igen när du vill.
what-alt = En telefon som visar en brevlåda med tre brev. Bredvid står Ny post.

authorities = Många brev från myndigheter kan komma dit. En myndighet är till exempel Skatteverket eller Försäkringskassan. När du har en digital brevlåda, kommer de flesta av de breven dit i stället för på papper. Men en del brev kommer ändå på papper. Titta därför i båda brevlådorna.

choose = Det finns flera brevlådor att välja mellan. Den vanligaste heter Kivra. Kivra är en app, och där kan du också få brev från banken och andra företag. Min myndighetspost är statens egen brevlåda. Den är en webbplats, inte en app. Dit kommer bara brev från myndigheter. Fler finns, till exempel e-Boks. Fråga på biblioteket om du vill veta hur det är i dag.

start = Du skaffar brevlådan en gång. Du loggar in med BankID, i en app eller på en webbplats. En app är ett litet program i mobilen. En app kan säga till när du har fått post. Min myndighetspost kan skicka e-post eller sms till dig om det. Sedan öppnar du brevlådan och läser.

sms = Ibland kommer ett sms om att du har fått post. Tryck inte på en länk i ett sådant sms. Öppna i stället appen själv, som du brukar. Eller skriv adressen till webbplatsen själv. Har du fått ett brev, så finns det där.

q1 = Du har en digital brevlåda. Var hamnar nu brev från Skatteverket?
q1-hint = Tänk på vad en digital brevlåda är till för.
q1-a1 = I den digitala brevlådan
q1-a1-fb = Ja, precis! Öppna appen, så ser du brevet.
q1-a2 = På papper i brevlådan hemma
q1-a2-fb = Brev från Skatteverket kommer nu till den digitala brevlådan. En del andra brev kan ändå komma på papper.

q2 = Du får ett sms: Du har ett nytt brev, klicka här. Vad gör du?
q2-hint = Tänk på vem som har skickat länken.
q2-a1 = Jag trycker på länken i sms:et
q2-a1-fb = Det är lätt att göra så. Men länken kan leda till en falsk sida. Öppna appen själv i stället.
q2-a2 = Jag öppnar appen själv och tittar
q2-a2-fb = Ja, precis! Om brevet finns, ser du det i appen.

outro = Bra jobbat! Nu vet du vad en digital brevlåda är. Vill du skaffa en? Be gärna någon om hjälp första gången.

keywords =
    Digital brevlåda: en brevlåda på nätet för brev från myndigheter.
    Myndighet: till exempel Skatteverket eller Försäkringskassan.
    App: ett litet program i mobilen.
    Kivra: en digital brevlåda som är en app. Där får du brev från myndigheter och företag.
    Min myndighetspost: statens digitala brevlåda. Den är en webbplats.

# Övningen brevladan (scenarios/brevladan.toml)
brevladan-titel = Läs ett brev i brevlådan
brevladan-uppgift = Du har fått post i din digitala brevlåda. Öppna appen och logga in med BankID. Läs det nya brevet. Svara sedan på frågan under brevet. Övningskoden står på lappen. Den är inte en riktig kod. Din riktiga kod skriver du aldrig ner.
brevladan-tips = Läs vad som står på mobilen. Vad ska du göra nu?
brevladan-slut = Rätt väg är att öppna appen själv, inte via en länk i ett sms. Sedan läser du brevet noga. Brevet ligger kvar i appen, så du kan läsa det igen.
brevladan-lapp = Övningskod: 290731
brevladan-hem-rad = Mobilen
brevladan-hem-text = Vilken app vill du öppna?
brevladan-app = Öppna appen Digital brevlåda
brevladan-sms-fran = Brevlådan
brevladan-sms-kort = Du har ett nytt brev…
brevladan-sms-rad = Meddelanden
brevladan-sms-text = Du har ett nytt brev som väntar. Logga in via länken för att läsa det.
brevladan-sms-lank = brevlada-logga-in.example
brevladan-stang-sms = Stäng sms:et
brevladan-till-listan = Till dina brev
brevladan-lank-falla = Du tryckte på länken i sms:et
brevladan-lank-falla-text = Länken kan leda till en falsk sida. Där vill tjuven att du loggar in med BankID. Öppna i stället appen själv, som du brukar. Har du fått ett brev, så finns det där.
brevladan-app-rad = Digital brevlåda
brevladan-login-text = Logga in för att läsa din post.
brevladan-logga-in = Logga in med BankID
brevladan-bankid-rad = BankID
brevladan-vem-rubrik = Digital brevlåda vill att du loggar in. Skriv din kod.
brevladan-identifiera = Identifiera
brevladan-kod-tips = Koden var inte rätt. Titta på lappen. Skriv alla sex siffror. Tryck sedan på Identifiera.
brevladan-lista-rubrik = Dina brev
brevladan-tand-fran = Tandvården
brevladan-tand-amne = Kallelse till tandläkaren
brevladan-tand-text = Hej! Du har en tid hos tandläkaren onsdag 22 april klockan 13.00. Kan du inte komma? Ring oss minst en dag innan.
brevladan-fraga = När ska du till tandläkaren?
brevladan-svar-ratt = Onsdag 22 april klockan 13
brevladan-svar-fel = Måndag 20 april klockan 10
brevladan-svar-vet-ej = Det står inte i brevet
brevladan-las-tips = Läs brevet en gång till. Där står både dag och tid.
brevladan-kommun-fran = Kommunen
brevladan-kommun-amne = Svar om färdtjänst
brevladan-kommun-text = Hej! Du har fått färdtjänst. Ditt kort kommer med posten om en vecka.
brevladan-klar-rubrik = Rätt!
brevladan-klar-text = Din tid är onsdag 22 april klockan 13. Brevet ligger kvar i brevlådan.
