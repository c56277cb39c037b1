title = Musen och styrplattan
summary = Du vet nu hur du flyttar pilen med musen. Du kan klicka med vänster knapp och dubbelklicka. Du kan rulla med hjulet. Du vet också hur en styrplatta fungerar.

intro = Musen ligger bredvid tangentbordet. Lägg handen lätt ovanpå den. När du flyttar musen, flyttar sig en pil på skärmen. Pilen visar var du pekar.

click = Musen har två knappar. Den vänstra knappen är den du använder mest. Att klicka är att trycka ner den en gång och släppa. Då väljer du det som pilen pekar på.
click-alt = En mus sedd uppifrån. Den vänstra knappen är blå. Texten säger: vänster knapp, klicka här. En pil visar hjulet mellan knapparna: rulla upp och ner.

q-button = Vilken knapp på musen använder du mest?
q-button-hint = På bilden har en knapp en färg. Gå gärna tillbaka och titta.
q-button-a1 = Den vänstra knappen
q-button-a1-fb = Ja, precis! Med den vänstra knappen klickar du nästan alltid.
q-button-a2 = Den högra knappen
q-button-a2-fb = Den högra används bara ibland. Det är den vänstra du använder mest.
q-button-a3 = Hjulet
q-button-a3-fb = Hjulet rullar texten. Det är den vänstra knappen du använder mest.

double = Ibland ska du klicka två gånger snabbt. Det kallas att dubbelklicka. Det gör du ofta för att öppna något. Håll musen stilla medan du klickar.

wheel = Mellan knapparna sitter ett litet hjul. Rulla hjulet med ett finger. Då flyttar sig texten på skärmen upp eller ner. Så kan du läsa en lång sida.

pad = En bärbar dator har ofta ingen mus. Där finns en platta under tangenterna. Den kallas styrplatta. Dra ett finger på plattan, så flyttar sig pilen. Tryck ner plattan tills det klickar. Vill du rulla? Dra två fingrar upp eller ner på plattan.
pad-alt = En bärbar dator sedd uppifrån. Under tangenterna finns en blå ram runt en platta. Ett finger ligger på plattan. Texten säger: styrplatta.

q-double = Vad betyder det att dubbelklicka?
q-double-hint = Ordet dubbel betyder två av något.
q-double-a1 = Att klicka med två möss
q-double-a1-fb = Du använder bara en mus. Du klickar två gånger snabbt.
q-double-a2 = Att klicka två gånger snabbt
q-double-a2-fb = Ja, precis! Två snabba klick öppnar ofta något.
q-double-a3 = Att klicka en gång och vänta
q-double-a3-fb = Det är ett vanligt klick. Att dubbelklicka är två snabba klick.

q-scroll = Du vill se mer av en lång text. Vad gör du?
q-scroll-hint = Texten ska flytta sig på skärmen. Vilken del av musen gör det?
q-scroll-a1 = Jag dubbelklickar på texten.
q-scroll-a1-fb = Då händer oftast inget. Rulla med hjulet i stället.
q-scroll-a2 = Jag rullar med hjulet.
q-scroll-a2-fb = Ja, precis! Hjulet flyttar texten upp och ner. På en styrplatta drar du två fingrar.
q-scroll-a3 = Jag stänger av datorn.
q-scroll-a3-fb = Då försvinner texten. Rulla med hjulet i stället.

outro = Bra gjort! Musen kräver lite övning. Det blir lättare för varje gång. Nästa lektion handlar om tangentbordet.

keywords =
    Klicka: tryck ner musens vänstra knapp en gång och släpp.
    Dubbelklicka: klicka två gånger snabbt.
    Hjulet: sitter på musen och flyttar texten upp och ner.
    Styrplatta: plattan under tangenterna på en bärbar dator.
