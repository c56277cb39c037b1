title = Läsa och svara
summary = Du öppnar ett brev genom att klicka på det i inkorgen. Överst står vem det är från och vad det handlar om. Med knappen Svara skriver du tillbaka till den som skrev. Med Vidarebefordra skickar du brevet till någon annan.

intro = Nu ska du läsa ett brev och svara på det. Allt börjar i inkorgen. Där ser du vem som har skickat varje brev. Du ser också vad brevet handlar om.
intro-alt = En inkorg med tre brev. Det översta är nytt och står i fet stil.

oppna = Klicka en gång på brevet för att öppna det. På mobilen trycker du på det med fingret. Då syns hela brevet på skärmen. Vill du tillbaka? Klicka på Inkorg.

las = Överst i brevet står vem det kommer från. Sedan kommer ämnet, en kort rad om vad det handlar om. Under det står själva texten. Är brevet långt? Rulla då ner med musens hjul eller med fingret.
las-alt = Ett öppet brev från Karin. Överst står Från och Ämne. Längst ner finns knapparna Svara och Vidarebefordra.

q1 = Du har fått ett nytt brev i inkorgen. Hur öppnar du det?
q1-hint = Breven i inkorgen är som knappar.
q1-a1 = Jag klickar på brevet en gång.
q1-a1-fb = Ja, precis! Ett klick räcker. På mobilen trycker du med fingret.
q1-a2 = Jag klickar på Ta bort.
q1-a2-fb = Då tar du bort brevet, och det hamnar i papperskorgen. Du vill ju läsa det.
q1-a3 = Jag stänger av datorn och startar den igen.
q1-a3-fb = Det behövs inte. Brevet finns redan i inkorgen och väntar på dig.

svara = Vill du svara på brevet? Klicka på knappen Svara. Då öppnas en ruta där du kan skriva. Adressen står redan ifylld. Framför ämnet står nu Sv eller Re. Båda betyder svar.

skicka = Skriv ditt svar i den stora rutan. Läs igenom det en gång. Klicka sedan på Skicka. Nu är ditt svar på väg. En kopia sparas under Skickat.
skicka-alt = Ett svar till Karin. Ämnet är Sv: Fika på lördag? Texten är: Hej Karin! Ja, gärna. Hälsningar Anna. Knappen Skicka är blå.

q2 = Karin frågar om du vill fika på lördag. Hur svarar du henne enklast?
q2-hint = Leta efter en knapp i hennes brev.
q2-a1 = Jag klickar på Vidarebefordra.
q2-a1-fb = Den knappen skickar brevet till någon annan. Karin får då inget svar.
q2-a2 = Jag klickar på Svara i hennes brev.
q2-a2-fb = Ja, precis! Då står Karins adress redan ifylld. Du skriver bara ditt svar och klickar på Skicka.
q2-a3 = Jag skriver hennes namn i rutan för sökning.
q2-a3-fb = Då letar du efter brev från Karin. Du svarar henne inte.

vidare = Knappen Vidarebefordra skickar brevet vidare till någon ny. Det är som att ge ett brev till en vän att läsa. Du skriver själv in den nya adressen. Svara går tillbaka till den som skrev.

q3 = Du vill att din dotter ska läsa ett brev du har fått. Vilken knapp använder du?
q3-hint = Din dotter har inte skrivit brevet. Det ska gå till någon ny.
q3-a1 = Svara
q3-a1-fb = Svara går tillbaka till den som skrev brevet. Din dotter får det inte.
q3-a2 = Vidarebefordra
q3-a2-fb = Ja, precis! Skriv in din dotters adress och klicka på Skicka.

slut = Bra jobbat! Nu kan du öppna, läsa och svara på e-post. Ta det lugnt och läs brevet en gång till om du vill. Inget går sönder för att du klickar fel.

keywords =
    Ämne: en kort rad om vad brevet handlar om.
    Svara: skriv tillbaka till den som skrev.
    Vidarebefordra: skicka brevet vidare till någon annan.
    Skickat: här sparas en kopia av de brev du har skickat.

# Övningen: svara Karin (scenarios/svara-karin.toml).
svara-karin-titel = Svara på ett brev
svara-karin-uppgift = Karin har skrivit till dig. Öppna hennes brev och läs det. Svara henne sedan. Skriv vad du vill. Stavningen spelar ingen roll. Inget skickas på riktigt.
svara-karin-tips = Tryck på brevet från Karin. Tryck sedan på Svara.
svara-karin-slut = Du öppnade brevet och tryckte på Svara. Karins adress stod redan där. Du skrev ditt svar och tryckte på Skicka.
svara-karin-adress = E-post
svara-karin-inkorg-rubrik = Inkorg
svara-karin-klart = Klart: Ditt svar till Karin är skickat.
svara-karin-karin-namn = Karin Ek
svara-karin-karin-adress = karin.ek@post.example
svara-karin-karin-hel = Karin Ek, karin.ek@post.example
svara-karin-karin-amne = Fika på lördag?
svara-karin-karin-text = Hej! Vill du fika med mig på lördag? Vi kan ses hos mig klockan två. Hälsningar Karin
svara-karin-svara = Svara
svara-karin-vidare = Vidarebefordra
svara-karin-vidare-tips = Vidarebefordra skickar brevet till någon annan. Du vill svara Karin. Tryck på Svara.
svara-karin-till-inkorg = Till inkorgen
svara-karin-svar-rubrik = Svara Karin
svara-karin-till = Till:
svara-karin-svar-amne = Ämne: Sv: Fika på lördag?
svara-karin-meddelande = Skriv ditt svar här
svara-karin-skicka = Skicka
svara-karin-avbryt = Avbryt
svara-karin-skicka-tips = Skriv några ord till Karin i rutan först. Sedan trycker du på Skicka.
svara-karin-bibl-namn = Biblioteket
svara-karin-bibl-adress = bibliotek@kommun.example
svara-karin-bibl-amne = Din bok kan hämtas
svara-karin-bibl-text = Hej! Boken som du har bett om finns nu på biblioteket. Den väntar på dig till fredag.
svara-karin-bibl-tips = Det här brevet behöver du inte svara på. Gå till inkorgen och öppna brevet från Karin.
