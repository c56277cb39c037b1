title = Digital brevlåda
summary = En digital brevlåda är en brevlåda på nätet. När du har en, kommer brev från myndigheter dit och inte på papper. Du öppnar själv appen för att läsa din post. Du klickar inte på länkar i sms om post.

what = En digital brevlåda är en brevlåda på nätet. Du läser dina brev i telefonen eller på datorn. Breven ligger kvar där. Du kan läsa dem igen när du vill.
what-alt = En telefon som visar en brevlåda med tre brev. Bredvid står Ny post.

authorities = Många brev från myndigheter kan komma dit. En myndighet är till exempel Skatteverket eller Försäkringskassan. När du har en digital brevlåda, kommer de breven inte på papper. De kommer bara till brevlådan på nätet.

choose = Det finns flera brevlådor att välja mellan. Några heter Kivra, Min myndighetspost och e-Boks. Vilka som finns kan ändras. Fråga på biblioteket om du vill veta hur det är i dag.

start = Du skaffar brevlådan en gång. Du laddar ner en app och loggar in med BankID. En app är ett litet program i telefonen. Appen kan säga till när du har fått post. Sedan öppnar du den och läser.

sms = Ibland kommer ett sms om att du har fått post. Klicka inte på en länk i ett sådant sms. Öppna i stället appen själv, som du brukar. Har du fått ett brev, så finns det där.

q1 = Du har en digital brevlåda. Var hamnar nu brev från Skatteverket?
q1-hint = Tänk på vad en digital brevlåda är till för.
q1-a1 = I den digitala brevlådan
q1-a1-fb = Ja, precis! Öppna appen, så ser du brevet.
q1-a2 = På papper i brevlådan hemma
q1-a2-fb = Så var det förr. Nu kommer breven från myndigheter inte längre på papper.

q2 = Du får ett sms: Du har ett nytt brev, klicka här. Vad gör du?
q2-hint = Tänk på vem som har skickat länken.
q2-a1 = Jag klickar på länken i sms:et
q2-a1-fb = Det är lätt att göra så. Men länken kan leda till en falsk sida.
q2-a2 = Jag öppnar appen själv och tittar
q2-a2-fb = Ja, precis! Om brevet finns, ser du det i appen.

outro = Bra jobbat! Nu vet du vad en digital brevlåda är. Vill du skaffa en? Be gärna någon om hjälp första gången.

keywords =
    Digital brevlåda: en brevlåda på nätet för brev från myndigheter.
    Myndighet: till exempel Skatteverket eller Försäkringskassan.
    App: ett litet program i telefonen.
