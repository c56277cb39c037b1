title = Skriva ett nytt brev
summary = Du börjar ett nytt brev med knappen Nytt meddelande eller Skriv. På raden Till skriver du adressen, och på raden Ämne vad brevet handlar om. Läs igenom brevet innan du klickar på Skicka. Det du har skickat hittar du under Skickat.

intro = Nu ska du skriva ett helt nytt brev. Leta efter knappen Nytt meddelande. Den kan också heta Skriv eller Ny e-post. Klicka på den, så öppnas ett tomt brev.

till = Överst finns raden Till. Där skriver du adressen till den som ska få brevet. Skriv den precis rätt, med @ i mitten. Till exempel: lars.svensson@post.example
till-alt = Ett tomt brev med tre delar: raden Till, raden Ämne och en stor ruta för text.

amne = Under Till finns raden Ämne. Där skriver du några ord om brevet, till exempel Fika på lördag. Ämnet syns i inkorgen hos den som får brevet. Då vet hon eller han direkt vad det gäller.

q1 = Vad skriver du på raden Till?
q1-hint = Tänk på kuvertet till ett vanligt brev. Vad skriver du på det?
q1-a1 = Vad brevet handlar om
q1-a1-fb = Det skriver du på raden Ämne. Raden Till är till något annat.
q1-a2 = Adressen till den som ska få brevet
q1-a2-fb = Ja, precis! Raden Till är som adressen på ett kuvert.
q1-a3 = Mitt eget namn
q1-a3-fb = Ditt namn följer med av sig självt. Raden Till är till något annat.

text = Under Ämne finns en stor ruta. Där skriver du själva brevet. Börja gärna med Hej och namnet. Sluta med en hälsning och ditt namn, som i ett vanligt brev.

skicka = Läs igenom brevet innan du skickar. Titta extra noga på adressen. Klicka sedan på Skicka. Brevet går iväg direkt. I en del program syns knappen Ångra en kort stund. Sedan går brevet inte att ta tillbaka.
skicka-alt = Ett färdigt brev till Lars om fika på lördag. En pil pekar på knappen Skicka.

q2 = Du har skrivit klart ditt brev. Vad gör du innan du klickar på Skicka?
q2-hint = Ett skickat brev går oftast inte att ta tillbaka.
q2-a1 = Jag läser igenom brevet och tittar på adressen.
q2-a1-fb = Ja, precis! Då ser du om något blev fel. Sedan klickar du på Skicka.
q2-a2 = Jag stänger fönstret.
q2-a2-fb = Då skickas inte brevet. Det kan också försvinna.
q2-a3 = Jag klickar på Ta bort.
q2-a3-fb = Då tar du bort brevet som du har skrivit. Det vill du inte.

skickat = Vill du se vad du har skickat? Klicka på Skickat. Där sparas alla brev som du själv har skickat. Det är bra om du vill läsa något igen.

q3 = Var hittar du ett brev som du själv har skickat?
q3-hint = Nya brev från andra hamnar i inkorgen. Dina egna brev har en egen plats.
q3-a1 = I inkorgen
q3-a1-fb = I inkorgen hamnar brev som andra skickar till dig.
q3-a2 = Under Skickat
q3-a2-fb = Ja, precis! Där sparas alla brev som du har skickat.
q3-a3 = I papperskorgen
q3-a3-fb = Där hamnar brev som du har tagit bort.

slut = Bra jobbat! Nu kan du skriva ett nytt brev. Du vet vad som ska stå på raderna Till och Ämne. Skriv gärna ett kort brev till en vän och öva.

keywords =
    Nytt meddelande: knappen som öppnar ett tomt brev. Ibland heter den Skriv eller Ny e-post.
    Till: raden där du skriver adressen till den som ska få brevet.
    Ämne: raden där du skriver vad brevet handlar om.
    Skicka: knappen som skickar iväg brevet.

# Övningen: ett nytt brev till Karin (scenarios/nytt-brev.toml).
nytt-brev-titel = Skriv ett nytt brev
nytt-brev-uppgift = Skriv ett brev till Karin Ek. Tryck på Nytt meddelande. Välj Karin i adressboken. Skriv ett ämne och några ord. Tryck sedan på Skicka. Inget skickas på riktigt.
nytt-brev-tips = Börja med knappen Nytt meddelande i inkorgen.
nytt-brev-slut = Du valde Karin i adressboken. Då blev adressen rätt. Du skrev ett ämne och ditt brev. Sedan skickade du det.
nytt-brev-adress = E-post
nytt-brev-inkorg-rubrik = Inkorg
nytt-brev-klart = Klart: Ditt brev till Karin är skickat.
nytt-brev-nytt = Nytt meddelande
nytt-brev-olle-namn = Olle Svensson
nytt-brev-olle-adress = olle.s@post.example
nytt-brev-olle-hel = Olle Svensson, olle.s@post.example
nytt-brev-olle-amne = Tack för i går
nytt-brev-olle-text = Hej! Tack för en fin kväll i går. Vi ses snart igen. Hälsningar Olle
nytt-brev-till-inkorg = Till inkorgen
nytt-brev-skriv-rubrik = Nytt meddelande
nytt-brev-till = Till:
nytt-brev-till-ingen = Du har inte valt någon än.
nytt-brev-karin-namn = Karin Ek
nytt-brev-karin-adress = karin.ek@post.example
nytt-brev-karin-hel = Karin Ek, karin.ek@post.example
nytt-brev-valj-mottagare = Välj i adressboken
nytt-brev-amne = Ämne
nytt-brev-meddelande = Skriv ditt brev här
nytt-brev-skicka = Skicka
nytt-brev-avbryt = Avbryt
nytt-brev-skicka-tips = Titta på två saker. Står Karin vid Till? Har du skrivit ett ämne och några ord?
nytt-brev-adressbok-rubrik = Adressbok. Vem vill du skriva till?
