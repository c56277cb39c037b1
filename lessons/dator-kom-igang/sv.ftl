title = Kom igång med datorn
summary = Du vet nu vad skärmen, tangentbordet och musen gör. Du vet hur du startar datorn. Du vet också att du inte kan förstöra den genom att trycka fel. Och du vet hur du ber om hjälp.

intro = Välkommen till kursen! Vi börjar med själva datorn. Du tar den tid du behöver. Ingen klocka tickar. Tryck på Nästa när du vill gå vidare.

parts = En dator har några delar. Skärmen visar text och bilder. Tangentbordet har knappar med bokstäver. Musen flyttar en liten pil på skärmen.
parts-alt = En bild av en dator. Pilar visar tre delar: skärmen överst, tangentbordet under den och musen bredvid.

laptop = En del datorer går att fälla ihop. De kallas bärbara datorer. Där sitter skärm och tangenter ihop i ett. Ofta finns en platta i stället för en mus.

q-screen = Vilken del av datorn visar text och bilder?
q-screen-hint = Tänk på den del som du tittar på hela tiden.
q-screen-a1 = Skärmen
q-screen-a1-fb = Ja, precis! Skärmen visar allt du gör.
q-screen-a2 = Musen
q-screen-a2-fb = Musen flyttar pilen. Det är skärmen som visar text och bilder.
q-screen-a3 = Tangentbordet
q-screen-a3-fb = Med tangentbordet skriver du. Det är skärmen som visar text och bilder.

start = Datorn startar med en knapp. Knappen har ofta en ring med ett streck. Tryck en gång och släpp. Det kan ta en stund innan datorn är klar. Vänta lugnt tills du ser en bild.
start-alt = En rund knapp med en ring och ett streck. Texten säger: Startknappen. Tryck en gång. Vänta lugnt.

no-harm = Många är rädda att göra fel. Men du kan inte förstöra datorn genom att trycka fel. Blir något konstigt, kan du oftast gå tillbaka. Du kan alltid fråga om hjälp.

q-wrong = Du trycker på fel knapp. Vad händer då?
q-wrong-hint = Tänk på vad du nyss läste om att göra fel.
q-wrong-a1 = Datorn går sönder.
q-wrong-a1-fb = Datorn går inte sönder av ett tryck. Du kan gå tillbaka eller fråga om hjälp.
q-wrong-a2 = Inget farligt. Jag kan gå tillbaka eller fråga.
q-wrong-a2-fb = Ja, precis! Att trycka fel är en del av att lära sig.

help = Under kursen finns det handledare. En handledare är en person som hjälper dig. Tryck på knappen Jag vill ha hjälp. Då ser en handledare att du har en fråga.

outro = Bra gjort! Nu vet du vad skärm, tangentbord och mus är. Nästa lektion handlar om musen.

keywords =
    Skärm: den del av datorn som visar text och bilder.
    Tangentbord: knapparna som du skriver med.
    Mus: den lilla saken som flyttar pilen på skärmen.
    Bärbar dator: en dator som går att fälla ihop.
    Handledare: en person i kursen som hjälper dig.
