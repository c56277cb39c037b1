title = Resor och biljetter
summary = Du kan köpa biljetter i en app eller på en webbplats. Köp från bolagets egen app eller sida, och titta på adressen. Läs igenom allt innan du betalar. Spara kvittot tills resan är klar.

what = Du kan köpa biljetter i en app eller på en webbplats. Det gäller till exempel buss och tåg. Biljetten finns sedan i mobilen. Du kan också få den med e-post.
what-alt = En telefon som visar en biljett för tåg. Där står dag, tid och vagn.

own = Köp från bolagets egen app eller webbplats. Öppna appen eller skriv adressen själv. En falsk sida kan se ut som den riktiga. Titta därför på adressen innan du betalar.
own-alt = Två adresser. Den övre är bolagets egen och har en grön bock. Den nedre är en falsk adress med ett rött kryss.

pay = Välj resa, dag och tid. Läs sedan igenom allt en gång till. Stämmer allt? Då betalar du, till exempel med kort eller Swish.

receipt = Efter köpet får du ett kvitto. Ett kvitto visar vad du har betalat. Det kommer ofta med e-post. Spara det tills resan är klar. Då kan du visa det om något går fel.

onboard = På bussen eller tåget visar du biljetten i mobilen. Ladda mobilen innan du åker. Vill du hellre ha biljetten på papper? Fråga bolaget om det går.

q1 = Du vill köpa en biljett för tåget. Var är det säkrast att köpa den?
q1-hint = Tänk på vem som säljer resan.
q1-a1 = I bolagets egen app eller på dess webbplats
q1-a1-fb = Ja, precis! Titta ändå på adressen innan du betalar.
q1-a2 = Via en länk i ett sms från ett okänt nummer
q1-a2-fb = En länk i ett sms kan leda till en falsk sida. Där kan någon ta dina pengar. Köp i bolagets egen app i stället.

q2 = Vad är ett kvitto?
q2-hint = Du får det efter köpet.
q2-a1 = Biljetten för resan hem
q2-a1-fb = Biljetten visar att du får åka. Ett kvitto är något annat.
q2-a2 = Ett bevis på vad du har betalat
q2-a2-fb = Ja, precis! Spara kvittot tills resan är klar.

outro = Bra jobbat! Nu vet du hur du köper en biljett på nätet. Köp från rätt ställe, läs innan du betalar och spara kvittot.

keywords =
    Biljett: visar att du har betalat för resan. Den kan finnas i mobilen.
    Kvitto: visar vad du har betalat.
    Webbplats: sidor på nätet, till exempel bolagets egna.
