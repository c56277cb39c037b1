title = Recept och apotek
summary = Ett recept behövs för vissa mediciner. Du kan be om att förnya ett recept på 1177.se, i god tid. Där ser du också dina recept. På apoteket visar du legitimation. Du kan beställa medicin på nätet från ett riktigt apotek. Köp aldrig medicin från en okänd sida.

intro = Ett recept behövs för att få vissa mediciner. Läkaren skriver receptet på datorn. Det kallas e-recept. Det sparas på ett ställe som alla apotek kan se. Du behöver inget papper.

renew = Tar medicinen snart slut? Då kan du ofta förnya receptet på 1177.se. Förnya betyder att du ber om mer av samma medicin. Logga in med BankID. Välj Förnya recept, och sedan din medicin. Vården svarar efter några dagar. Be därför i god tid. Går det inte på nätet? Ring då din mottagning.

q1 = Din medicin tar slut om en vecka. Vad gör du?
q1-hint = Vården behöver några dagar för att svara.
q1-a1 = Jag väntar tills den är slut
q1-a1-fb = Då kan du bli utan medicin några dagar. Vården behöver tid att svara. Be i god tid.
q1-a2 = Jag loggar in på 1177.se och ber om att förnya receptet
q1-a2-fb = Ja, precis! Då hinner vården svara innan medicinen tar slut.

list = På 1177.se kan du också se alla dina recept. Logga in och välj Läkemedel. Där står vilka mediciner du har recept på. Där står också vad du har hämtat ut och när. Listan kallas Nationella läkemedelslistan. Apoteket ser dina recept när du hämtar ut. Vården får se listan om du säger ja. Du kan också be apoteket om listan på papper.

pickup = Du kan hämta ut din medicin på vilket apotek som helst. Ta med legitimation, till exempel körkort eller id-kort. Legitimation är ett kort som visar vem du är. Ska någon annan hämta åt dig? Då tar personen med din legitimation och sin egen. Personen behöver också veta vad medicinen heter. Du kan också ge personen en fullmakt. Det lär du dig mer om i en annan lektion.

q2 = Du ska hämta ut din medicin på apoteket. Vad tar du med?
q2-hint = Apoteket vill veta att det verkligen är du.
q2-a1 = Legitimation, till exempel körkort eller id-kort
q2-a1-fb = Ja, precis! Receptet finns redan i apotekets dator.
q2-a2 = Ett papper från läkaren
q2-a2-fb = Receptet finns redan i apotekets dator. Du behöver inget papper. Ta med legitimation.
q2-a3 = Min kod till BankID
q2-a3-fb = Din kod säger du aldrig till någon. Apoteket vill se din legitimation.

online = Du kan också beställa medicin från ett apotek på nätet. Logga in med BankID på apotekets sida eller i dess app. Där ser du dina recept. Välj om paketet ska komma hem till dig eller till ett ombud. Ett ombud är en butik där du hämtar paket. Visa legitimation när du hämtar.

fake = Det finns falska apotek på nätet. De säljer medicin utan recept, ofta billigt. Medicinen kan vara falsk och farlig. Ett riktigt apotek på nätet har en särskild symbol från EU. Tryck på den. Då ska du komma till Läkemedelsverkets lista över godkända apotek. Skriv helst själv in adressen till ett apotek du känner.

q3 = En sida på nätet säljer billig medicin utan recept. Vad tänker du?
q3-hint = Vad kan hända med medicin från en okänd sida?
q3-a1 = Bra, då slipper jag gå till läkaren
q3-a1-fb = Medicinen kan vara falsk och farlig. Köp hellre på ett apotek du känner.
q3-a2 = Sidan kan vara falsk. Jag köper hellre på ett apotek jag känner.
q3-a2-fb = Ja, precis! Medicin på recept köper du bara på riktiga apotek.

outro = Bra gjort! Nu vet du hur du förnyar ett recept och var du ser dina recept. Ta med legitimation till apoteket. Är du osäker på en medicin? Fråga på apoteket, eller ring 1177 dag som natt.

keywords =
    Recept: det som behövs för att få vissa mediciner.
    E-recept: ett recept som sparas i datorn.
    Förnya ett recept: be om mer av samma medicin.
    Nationella läkemedelslistan: en lista över dina recept och det du har hämtat ut.
    Legitimation: ett kort som visar vem du är, till exempel körkort.
    Ombud: en butik där du hämtar paket.

# Övningen fornya-recept (scenarios/fornya-recept.toml)
fornya-recept-titel = Förnya ett recept
fornya-recept-uppgift = Din medicin mot högt blodtryck tar snart slut. Logga in i Vårdappen med BankID. Be om att få förnya receptet. Skriv en rad till vården. Koden på lappen är bara för att öva. Din riktiga kod skriver du aldrig ner. Inget händer på riktigt.
fornya-recept-tips = Läs vad som står på mobilen. Vad ska du göra nu?
fornya-recept-slut = Du loggade in och bad om att få förnya receptet. På riktigt gör du det på 1177.se. Där svarar vården efter några dagar. Sedan kan du hämta ut medicinen på ett apotek.
fornya-recept-lapp = Övningskod: 305817
fornya-recept-app-rad = Vårdappen
fornya-recept-app-rubrik = Vårdappen
fornya-recept-app-text = Här kan du sköta din vård. Logga in först.
fornya-recept-logga-in = Logga in med BankID
fornya-recept-bankid-rad = BankID
fornya-recept-vem-rubrik = Vårdappen vill att du loggar in
fornya-recept-vem-text = Är det du som vill logga in? Skriv då din kod och tryck på Identifiera.
fornya-recept-identifiera = Identifiera
fornya-recept-avbryt = Avbryt
fornya-recept-kod-tips = Koden var inte rätt. Titta på lappen. Skriv alla sex siffror. Tryck sedan på Identifiera.
fornya-recept-avbryt-tips = Det är du som vill logga in. Skriv koden i stället.
fornya-recept-hem-rubrik = Hej! Du är inloggad.
fornya-recept-fornya = Förnya recept
fornya-recept-boka = Boka tid
fornya-recept-lista = Läkemedelslistan
fornya-recept-fornya-tips = Du ska förnya ett recept. Tryck på Förnya recept.
fornya-recept-lista-rubrik = Dina recept
fornya-recept-lista-1 = Medicin mot högt blodtryck. Senast hämtad 2 mars.
fornya-recept-lista-2 = Salva mot torr hud. Senast hämtad 10 januari.
fornya-recept-tillbaka = Tillbaka
fornya-recept-valj-fraga = Vilket recept vill du förnya?
fornya-recept-blodtryck = Medicin mot högt blodtryck
fornya-recept-salva = Salva mot torr hud
fornya-recept-valj-tips = Det är medicinen mot högt blodtryck som tar slut.
fornya-recept-rad-etikett = Skriv en rad till vården, till exempel: Jag har tabletter kvar i tio dagar.
fornya-recept-skicka = Skicka
fornya-recept-skicka-tips = Skriv en rad i rutan först. Tryck sedan på Skicka.
fornya-recept-skickat-rubrik = Tack! Din fråga är skickad.
fornya-recept-skickat-text = Vården svarar inom några dagar. Du får ett meddelande när receptet är klart.
