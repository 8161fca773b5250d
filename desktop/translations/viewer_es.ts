<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>BrokenSectionView</name>
        <message>
            <location filename="../viewer/sections/unsupported.py" />
            <source>Fix the file and save: the preview reloads by itself.</source>
            <translation>Corrige el archivo y guárdalo: la vista previa se recarga sola.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/unsupported.py" />
            <source>This section file has a problem</source>
            <translation>Este archivo de sección tiene un problema</translation>
        </message>
    </context>
    <context>
        <name>ChatBubble</name>
        <message>
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>{heading}: {text}</source>
            <translation>{heading}: {text}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>{speaker}: {said}</source>
            <translation>{speaker}: {said}</translation>
        </message>
    </context>
    <context>
        <name>ChecklistSectionView</name>
        <message>
            <location filename="../viewer/sections/checklist.py" />
            <source>Continue with Next when you are done.</source>
            <translation>Cuando termines, continúa con Siguiente.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/checklist.py" />
            <source>It has no items.</source>
            <translation>No tiene elementos.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/checklist.py" />
            <source>Section complete.</source>
            <translation>Sección completada.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/checklist.py" />
            <source>This checklist could not be read</source>
            <translation>No se pudo leer esta lista de verificación</translation>
        </message>
        <message>
            <location filename="../viewer/sections/checklist.py" />
            <source>Tick every required item to complete this section.</source>
            <translation>Marca todos los elementos obligatorios para completar esta sección.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/checklist.py" />
            <source>{done} of {total} required items ticked.</source>
            <translation>Elementos obligatorios marcados: {done} de {total}.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/checklist.py" />
            <source>{item} (optional)</source>
            <translation>{item} (opcional)</translation>
        </message>
        <message>
            <location filename="../viewer/sections/checklist.py" />
            <source>{problem} Tell the module's author; you can continue with Next.</source>
            <translation>{problem} Avisa al autor del módulo; puedes continuar con Siguiente.</translation>
        </message>
    </context>
    <context>
        <name>ChoiceBoard</name>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Choose all that apply ({n}), then Submit (the number keys pick too).</source>
            <translation>Elige todas las respuestas correctas ({n}) y luego presiona Enviar (también puedes elegir con las teclas numéricas).</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Option {i} of {n}</source>
            <translation>Opción {i} de {n}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Option {i} of {n} (key {i})</source>
            <translation>Opción {i} de {n} (tecla {i})</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Submit</source>
            <translation>Enviar</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Submit answer</source>
            <translation>Enviar respuesta</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Tap an answer, or press its number key.</source>
            <translation>Toca una respuesta o presiona la tecla de su número.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>{i}.  {option}   · chosen</source>
            <translation>{i}.  {option}   · elegida</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>{option} (chosen)</source>
            <translation>{option} (elegida)</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>{option} (right answer)</source>
            <translation>{option} (respuesta correcta)</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>{option} (your answer, wrong)</source>
            <translation>{option} (tu respuesta, incorrecta)</translation>
        </message>
    </context>
    <context>
        <name>CompletionPage</name>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>Almost there</source>
            <translation>Ya casi terminas</translation>
        </message>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>Back to my modules</source>
            <translation>Volver a mis módulos</translation>
        </message>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>Module complete</source>
            <translation>Módulo completado</translation>
        </message>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>Sections still to complete in “{title}”: {count}</source>
            <translation>Secciones por completar en “{title}”: {count}</translation>
        </message>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>Well done: you finished “{title}”.</source>
            <translation>¡Bien hecho! Terminaste “{title}”.</translation>
        </message>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>You spent {time} on it.</source>
            <translation>Le dedicaste {time}.</translation>
        </message>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>{number}. {title}</source>
            <translation>{number}. {title}</translation>
        </message>
    </context>
    <context>
        <name>FeedbackForm</name>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>Anything that was unclear, missing or especially good</source>
            <translation>Lo que no quedó claro, lo que faltó o lo que estuvo especialmente bien</translation>
        </message>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>Comment</source>
            <translation>Comentario</translation>
        </message>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>Difficulty</source>
            <translation>Dificultad</translation>
        </message>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>Excellent</source>
            <translation>Excelente</translation>
        </message>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>How difficult was it?</source>
            <translation>¿Qué tan difícil te resultó?</translation>
        </message>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>How useful was it?</source>
            <translation>¿Qué tan útil te resultó?</translation>
        </message>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>Not saved yet.</source>
            <translation>Aún no se ha guardado.</translation>
        </message>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>Overall rating</source>
            <translation>Valoración general</translation>
        </message>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>Poor</source>
            <translation>Mala</translation>
        </message>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>Preview: feedback is not saved.</source>
            <translation>Vista previa: la opinión no se guarda.</translation>
        </message>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>Save feedback</source>
            <translation>Guardar opinión</translation>
        </message>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>Saved. You can change your feedback at any time.</source>
            <translation>Guardado. Puedes cambiar tu opinión en cualquier momento.</translation>
        </message>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>Send anonymously (faculty see the feedback, not your name)</source>
            <translation>Enviar de forma anónima (el profesorado ve la opinión, no tu nombre)</translation>
        </message>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>Tell the module's authors what worked and what did not. You can change your answers at any time.</source>
            <translation>Cuenta a los autores del módulo qué funcionó y qué no. Puedes cambiar tus respuestas en cualquier momento.</translation>
        </message>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>Very easy</source>
            <translation>Muy fácil</translation>
        </message>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>Very hard</source>
            <translation>Muy difícil</translation>
        </message>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>Your comment is {length} characters long: shorten it to {most} or fewer to save it.</source>
            <translation>Tu comentario tiene {length} caracteres: acórtalo a {most} o menos para guardarlo.</translation>
        </message>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>Your feedback (optional)</source>
            <translation>Tu opinión (opcional)</translation>
        </message>
    </context>
    <context>
        <name>GameSectionView</name>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source> · best {score} %</source>
            <translation> · mejor: {score} %</translation>
        </message>
        <message numerus="yes">
            <location filename="../viewer/sections/game.py" />
            <source>%n second(s) left</source>
            <translation>
                <numerusform>Queda %n segundo</numerusform>
                <numerusform>Quedan %n segundos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>(The picture for this question is not on this computer yet. It comes with the module's next download; answer from the question alone meanwhile.)</source>
            <translation>(La imagen de esta pregunta aún no está en este equipo. Llegará con la próxima descarga del módulo; mientras tanto, responde solo con la pregunta.)</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>About this game</source>
            <translation>Acerca de este juego</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Attempt over</source>
            <translation>Intento terminado</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Attempts so far: {n}</source>
            <translation>Intentos hasta ahora: {n}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Best so far</source>
            <translation>Mejor resultado hasta ahora</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Best so far on this level: {score} %</source>
            <translation>Mejor resultado en este nivel hasta ahora: {score} %</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Challenge</source>
            <translation>Desafío</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Choose a level</source>
            <translation>Elige un nivel</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Choose another level</source>
            <translation>Elegir otro nivel</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Each challenge</source>
            <translation>Cada desafío</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Explanation</source>
            <translation>Explicación</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Game</source>
            <translation>Juego</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Next challenge</source>
            <translation>Siguiente desafío</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>No attempts yet: every level can be retried.</source>
            <translation>Todavía no hay intentos: cada nivel se puede volver a intentar.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Pass a level to complete this section.</source>
            <translation>Supera un nivel para completar esta sección.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Passed or not</source>
            <translation>Superado o no</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Passed.</source>
            <translation>Superado.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Picture for this challenge</source>
            <translation>Imagen de este desafío</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Points</source>
            <translation>Puntos</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Points and streak</source>
            <translation>Puntos y racha</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Progress</source>
            <translation>Progreso</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Retry</source>
            <translation>Reintentar</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Retry this level</source>
            <translation>Volver a intentar este nivel</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Right answer</source>
            <translation>Respuesta correcta</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Score</source>
            <translation>Puntuación</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Score: {score} %</source>
            <translation>Puntuación: {score} %</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>See your score</source>
            <translation>Ver tu puntuación</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Start</source>
            <translation>Empezar</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Start the level</source>
            <translation>Empezar el nivel</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Time left</source>
            <translation>Tiempo restante</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Time left for this attempt, in minutes and seconds. It stops while the feedback is shown, while you are away and while another page or window is in front.</source>
            <translation>Tiempo restante de este intento, en minutos y segundos. Se detiene mientras se muestra la corrección, mientras no estás y mientras otra página o ventana está delante.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Time's up · {level}</source>
            <translation>Se acabó el tiempo · {level}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Your attempts</source>
            <translation>Tus intentos</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>{level} done</source>
            <translation>{level} terminado</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>{level} · Challenge {i} of {n}</source>
            <translation>{level} · Desafío {i} de {n}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>{level}: {summary}</source>
            <translation>{level}: {summary}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>{points} points</source>
            <translation>{points} puntos</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>{points} points · streak {streak}</source>
            <translation>{points} puntos · racha de {streak}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>{right} of {total} right · {points} points of the {max_points} a perfect run earns (streak bonus included)</source>
            <translation>{right} de {total} correctas · {points} puntos de los {max_points} que da una partida perfecta (bonificación por racha incluida)</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>{score} %</source>
            <translation>{score} %</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>–  0  ·  {prompt} (not reached)</source>
            <translation>–  0  ·  {prompt} (no alcanzado)</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>✓ Correct: +{points} points</source>
            <translation>✓ Correcto: +{points} puntos</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>✓ Correct: +{points} points (+{bonus} streak bonus)</source>
            <translation>✓ Correcto: +{points} puntos (+{bonus} de bonificación por racha)</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>✓ Passed (the pass score is {score} %)</source>
            <translation>✓ Superado (la puntuación mínima es {score} %)</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>✗ Not passed yet: you need {score} % to pass. Try again!</source>
            <translation>✗ Aún no superado: necesitas {score} % para superarlo. ¡Vuelve a intentarlo!</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>✗ Not quite: no points this time</source>
            <translation>✗ No exactamente: esta vez no hay puntos</translation>
        </message>
    </context>
    <context>
        <name>GuidedStruggleSectionView</name>
        <message>
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>Answer problem</source>
            <translation>Problema con la respuesta</translation>
        </message>
        <message>
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>Ask {name} something…</source>
            <translation>Pregúntale algo a {name}…</translation>
        </message>
        <message>
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>Attempts and hints</source>
            <translation>Intentos y pistas</translation>
        </message>
        <message>
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>Check answer</source>
            <translation>Comprobar respuesta</translation>
        </message>
        <message>
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>Conversation with {name}</source>
            <translation>Conversación con {name}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>Explanation</source>
            <translation>Explicación</translation>
        </message>
        <message>
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>For example 4.7</source>
            <translation>Por ejemplo, 4.7</translation>
        </message>
        <message>
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>Give me a hint</source>
            <translation>Dame una pista</translation>
        </message>
        <message>
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>Message to {name}</source>
            <translation>Mensaje para {name}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>My answer: {answer}</source>
            <translation>Mi respuesta: {answer}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>Problem and answer</source>
            <translation>Problema y respuesta</translation>
        </message>
        <message>
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>Send</source>
            <translation>Enviar</translation>
        </message>
        <message>
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>Send message to {name}</source>
            <translation>Enviar mensaje a {name}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>Solve the problem to complete this section.</source>
            <translation>Resuelve el problema para completar esta sección.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>Solved</source>
            <translation>Resuelto</translation>
        </message>
        <message>
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>Solved ✓</source>
            <translation>Resuelto ✓</translation>
        </message>
        <message>
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>Solved.</source>
            <translation>Resuelto.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>Study buddy · {name}</source>
            <translation>Compañero de estudio · {name}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>Unit: {unit}</source>
            <translation>Unidad: {unit}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>You</source>
            <translation>Tú</translation>
        </message>
        <message>
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>Your answer</source>
            <translation>Tu respuesta</translation>
        </message>
        <message>
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>Your answer in {unit}</source>
            <translation>Tu respuesta en {unit}</translation>
        </message>
    </context>
    <context>
        <name>ImageSectionView</name>
        <message>
            <location filename="../viewer/sections/image.py" />
            <source>Image not available yet</source>
            <translation>Imagen aún no disponible</translation>
        </message>
        <message>
            <location filename="../viewer/sections/image.py" />
            <source>Image: {name}</source>
            <translation>Imagen: {name}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/image.py" />
            <source>Look at the image, then continue with Next.</source>
            <translation>Observa la imagen y luego continúa con Siguiente.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/image.py" />
            <source>Section complete.</source>
            <translation>Sección completada.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/image.py" />
            <source>The file may be damaged ({error}). The caption below still applies; you can continue with Next.</source>
            <translation>Puede que el archivo esté dañado ({error}). El pie de imagen de abajo sigue siendo válido; puedes continuar con Siguiente.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/image.py" />
            <source>This image could not be opened</source>
            <translation>No se pudo abrir esta imagen</translation>
        </message>
        <message>
            <location filename="../viewer/sections/image.py" />
            <source>This section completes once the image can be shown.</source>
            <translation>Esta sección se completa cuando se pueda mostrar la imagen.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/image.py" />
            <source>section image</source>
            <translation>imagen de la sección</translation>
        </message>
        <message>
            <location filename="../viewer/sections/image.py" />
            <source>unknown format</source>
            <translation>formato desconocido</translation>
        </message>
    </context>
    <context>
        <name>InteractiveSectionView</name>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>About the picture and tasks</source>
            <translation>Acerca de la imagen y las tareas</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>All tasks done. Tap the picture to explore it.</source>
            <translation>Todas las tareas hechas. Toca la imagen para explorarla.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>Do the tasks to complete this section.</source>
            <translation>Haz las tareas para completar esta sección.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>Explore the picture: tap the marked areas to learn about them.</source>
            <translation>Explora la imagen: toca las zonas marcadas para saber más sobre ellas.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>Feedback</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>Not that one — try again.</source>
            <translation>Ese no — vuelve a intentarlo.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>Not that place — “{item}” is back in the list.</source>
            <translation>Ese lugar no — “{item}” vuelve a la lista.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>Now tap where “{item}” belongs (or move with the arrow keys, then Enter; Esc puts it back).</source>
            <translation>Ahora toca donde va “{item}” (o muévete con las flechas y luego Enter; Esc lo devuelve).</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>Pick an item first, then tap where it belongs.</source>
            <translation>Elige primero un elemento y luego toca donde va.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>Pick an item, then tap where it belongs — or drag it onto the picture. Keyboard: Enter on an item, then the arrow keys and Enter on the picture.</source>
            <translation>Elige un elemento y luego toca donde va — o arrástralo a la imagen. Con el teclado: Enter sobre un elemento y luego las flechas y Enter sobre la imagen.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>Picture not available yet</source>
            <translation>Imagen aún no disponible</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>Picture: interactive scene</source>
            <translation>Imagen: escena interactiva</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>Picture: {title}</source>
            <translation>Imagen: {title}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>Section complete.</source>
            <translation>Sección completada.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>Tap each one in the picture (or move with Tab or the arrow keys, then Enter).</source>
            <translation>Tócalos uno por uno en la imagen (o muévete con Tab o las flechas y luego Enter).</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>Tap the marked areas of the picture to learn about them (or move with Tab or the arrow keys, then Enter).</source>
            <translation>Toca las zonas marcadas de la imagen para saber más sobre ellas (o muévete con Tab o las flechas y luego Enter).</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>Task done ✓ Next: {prompt}</source>
            <translation>Tarea hecha ✓ Ahora: {prompt}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>Task done ✓ — all tasks done.</source>
            <translation>Tarea hecha ✓ — todas las tareas hechas.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>Tasks</source>
            <translation>Tareas</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>The file may be damaged ({error}). The tasks need the picture: tell the module's author. You can go on with the rest of the module.</source>
            <translation>Puede que el archivo esté dañado ({error}). Las tareas necesitan la imagen: avisa al autor del módulo. Puedes seguir con el resto del módulo.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>This picture could not be opened</source>
            <translation>No se pudo abrir esta imagen</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>This task is done. Tap the picture to explore it.</source>
            <translation>Esta tarea está hecha. Toca la imagen para explorarla.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>Yes — that's one.</source>
            <translation>Sí — ese es uno de ellos.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>Yes — you found that one already.</source>
            <translation>Sí — ese ya lo encontraste.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>Yes — “{item}” goes there.</source>
            <translation>Sí — “{item}” va ahí.</translation>
        </message>
    </context>
    <context>
        <name>ItemChip</name>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>Item: {label}</source>
            <translation>Elemento: {label}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>Item: {label} (placed)</source>
            <translation>Elemento: {label} (colocado)</translation>
        </message>
    </context>
    <context>
        <name>MatchBoard</name>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Every term is matched: Submit when you are ready.</source>
            <translation>Todos los términos tienen pareja: presiona Enviar cuando quieras.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Now choose the match for “{left}”.</source>
            <translation>Ahora elige la pareja de “{left}”.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Pick a term on the left.</source>
            <translation>Elige un término de la izquierda.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Pick cancelled.</source>
            <translation>Selección cancelada.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Submit</source>
            <translation>Enviar</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Submit matches</source>
            <translation>Enviar parejas</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Tap a term on the left first.</source>
            <translation>Toca primero un término de la izquierda.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Tap a term on the left, then its match on the right. Keyboard: Tab or the arrows move, Space or Enter picks, Esc cancels a pick.</source>
            <translation>Toca un término de la izquierda y luego su pareja de la derecha. Con el teclado: Tab o las flechas te mueven, Espacio o Enter elige, Esc cancela la elección.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>matched to {right}</source>
            <translation>emparejado con {right}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>not matched yet</source>
            <translation>aún sin pareja</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>{left} matched to {right}.</source>
            <translation>{left} emparejado con {right}.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>{left} → {matched} (wrong; right: {right})</source>
            <translation>{left} → {matched} (incorrecto; correcto: {right})</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>{left} → {right} (right)</source>
            <translation>{left} → {right} (correcto)</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>{left}: {state}</source>
            <translation>{left}: {state}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>{left}: {state}, picked</source>
            <translation>{left}: {state}, elegido</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>{pair}   ← now choose its match</source>
            <translation>{pair}   ← ahora elige su pareja</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>{right} (used)</source>
            <translation>{right} (usado)</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>✗ {left}   →   {matched}   (right: {right})</source>
            <translation>✗ {left}   →   {matched}   (correcto: {right})</translation>
        </message>
    </context>
    <context>
        <name>ModuleViewer</name>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>&lt;b&gt;Preview&lt;/b&gt; — nothing you do here is recorded or synced.</source>
            <translation>&lt;b&gt;Vista previa&lt;/b&gt;: nada de lo que hagas aquí se registra ni se sincroniza.</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>Back to the list of modules</source>
            <translation>Volver a la lista de módulos</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>Complete</source>
            <translation>Completado</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>Finish</source>
            <translation>Terminar</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>Its author has not added any content. Check again after the next sync.</source>
            <translation>Su autor todavía no ha añadido contenido. Vuelve a revisar después de la próxima sincronización.</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>Module progress</source>
            <translation>Progreso del módulo</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>Module: {title}</source>
            <translation>Módulo: {title}</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>My modules</source>
            <translation>Mis módulos</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>Next</source>
            <translation>Siguiente</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>Next section</source>
            <translation>Sección siguiente</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>Next section (Alt+Right)</source>
            <translation>Sección siguiente (Alt+Flecha derecha)</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>No sections</source>
            <translation>Sin secciones</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>Previous</source>
            <translation>Anterior</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>Previous section</source>
            <translation>Sección anterior</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>Previous section (Alt+Left)</source>
            <translation>Sección anterior (Alt+Flecha izquierda)</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>Saved. You can change your feedback at any time.</source>
            <translation>Guardado. Puedes cambiar tu opinión en cualquier momento.</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>Scroll down; at the bottom, the next section</source>
            <translation>Desplazarse hacia abajo; al final, la sección siguiente</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>Scroll up; at the top, the previous section</source>
            <translation>Desplazarse hacia arriba; al principio, la sección anterior</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>Section {number}</source>
            <translation>Sección {number}</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>Section {number} of {total} · {kind}</source>
            <translation>Sección {number} de {total} · {kind}</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>Sections</source>
            <translation>Secciones</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>Sections: {count}</source>
            <translation>Secciones: {count}</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>See summary and give feedback</source>
            <translation>Ver el resumen y dar tu opinión</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>See your summary (Alt+Right)</source>
            <translation>Ver tu resumen (Alt+Flecha derecha)</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>Summary and feedback</source>
            <translation>Resumen y opinión</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>This module has no sections yet</source>
            <translation>Este módulo aún no tiene secciones</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>You have completed this module.</source>
            <translation>Has completado este módulo.</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>about {minutes} min</source>
            <translation>unos {minutes} min</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>complete</source>
            <translation>completada</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>not complete yet</source>
            <translation>aún sin completar</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>{done} of {total} sections complete</source>
            <translation>{done} de {total} secciones completadas</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>{kind} · {state}</source>
            <translation>{kind} · {state}</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>{kind}, {state}</source>
            <translation>{kind}, {state}</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>{number}. {glyph} {title}</source>
            <translation>{number}. {glyph} {title}</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>✓ {hint}</source>
            <translation>✓ {hint}</translation>
        </message>
    </context>
    <context>
        <name>MultimediaProblem</name>
        <message>
            <location filename="../viewer/_multimedia.py" />
            <source>The video player needs system libraries that are missing or cannot be loaded on this computer.</source>
            <translation>El reproductor de video necesita bibliotecas del sistema que faltan o no se pueden cargar en este equipo.</translation>
        </message>
        <message>
            <location filename="../viewer/_multimedia.py" />
            <source>The video player needs {library}, which is missing or cannot be loaded on this computer.</source>
            <translation>El reproductor de video necesita {library}, que falta o no se puede cargar en este equipo.</translation>
        </message>
    </context>
    <context>
        <name>OrderBoard</name>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Move {item} down</source>
            <translation>Bajar {item}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Move {item} up</source>
            <translation>Subir {item}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Position {i} of {n}: {item}</source>
            <translation>Posición {i} de {n}: {item}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Position {i} of {n}: {item}, picked up: use the arrows to move it</source>
            <translation>Posición {i} de {n}: {item}, seleccionado: usa las flechas para moverlo</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Submit</source>
            <translation>Enviar</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Submit order</source>
            <translation>Enviar orden</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Tap an item, then tap its place (or use Move up / Move down). Keyboard: Space picks an item up, the arrows move it, Space puts it down, Esc cancels.</source>
            <translation>Toca un elemento y luego toca su lugar (o usa Subir / Bajar). Con el teclado: Espacio toma un elemento, las flechas lo mueven, Espacio lo suelta, Esc cancela.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>{i}.  {item}   ← picked up</source>
            <translation>{i}.  {item}   ← seleccionado</translation>
        </message>
    </context>
    <context>
        <name>RatingRow</name>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>{name}: {value} of {top}</source>
            <translation>{name}: {value} de {top}</translation>
        </message>
    </context>
    <context>
        <name>SandboxSectionView</name>
        <message numerus="yes">
            <location filename="../viewer/sections/sandbox.py" />
            <source>%n run(s)</source>
            <translation>
                <numerusform>%n ejecución</numerusform>
                <numerusform>%n ejecuciones</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../viewer/sections/sandbox.py" />
            <source>**Hint {i}.** {hint}</source>
            <translation>**Pista {i}.** {hint}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/sandbox.py" />
            <source>Code cannot run here (this preview has no sandbox).</source>
            <translation>El código no puede ejecutarse aquí (esta vista previa no tiene entorno de ejecución de código).</translation>
        </message>
        <message>
            <location filename="../viewer/sections/sandbox.py" />
            <source>Hint ({i} of {n})</source>
            <translation>Pista ({i} de {n})</translation>
        </message>
        <message>
            <location filename="../viewer/sections/sandbox.py" />
            <source>Hint {i}: {hint}</source>
            <translation>Pista {i}: {hint}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/sandbox.py" />
            <source>Hints</source>
            <translation>Pistas</translation>
        </message>
        <message>
            <location filename="../viewer/sections/sandbox.py" />
            <source>No more hints</source>
            <translation>No hay más pistas</translation>
        </message>
        <message>
            <location filename="../viewer/sections/sandbox.py" />
            <source>Put the starter code back (Ctrl+Z undoes it)</source>
            <translation>Restaurar el código inicial (Ctrl+Z lo deshace)</translation>
        </message>
        <message>
            <location filename="../viewer/sections/sandbox.py" />
            <source>Reset code</source>
            <translation>Restablecer código</translation>
        </message>
        <message>
            <location filename="../viewer/sections/sandbox.py" />
            <source>Run</source>
            <translation>Ejecutar</translation>
        </message>
        <message>
            <location filename="../viewer/sections/sandbox.py" />
            <source>Run did not pass.</source>
            <translation>La ejecución no fue correcta.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/sandbox.py" />
            <source>Run passed.</source>
            <translation>La ejecución fue correcta.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/sandbox.py" />
            <source>Run the code exercise</source>
            <translation>Ejecutar el ejercicio de código</translation>
        </message>
        <message>
            <location filename="../viewer/sections/sandbox.py" />
            <source>Run your code (Ctrl+Enter)</source>
            <translation>Ejecutar tu código (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../viewer/sections/sandbox.py" />
            <source>Running…</source>
            <translation>Ejecutando…</translation>
        </message>
        <message>
            <location filename="../viewer/sections/sandbox.py" />
            <source>Runs and hints</source>
            <translation>Ejecuciones y pistas</translation>
        </message>
        <message>
            <location filename="../viewer/sections/sandbox.py" />
            <source>Section complete.</source>
            <translation>Sección completada.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/sandbox.py" />
            <source>Stop</source>
            <translation>Detener</translation>
        </message>
        <message>
            <location filename="../viewer/sections/sandbox.py" />
            <source>{used} of {total} hints used</source>
            <translation>{used} de {total} pistas usadas</translation>
        </message>
    </context>
    <context>
        <name>SceneView</name>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>Hotspot {i} of {n}: {label}</source>
            <translation>Zona {i} de {n}: {label}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>Picture</source>
            <translation>Imagen</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>{hotspot}, found</source>
            <translation>{hotspot}, encontrada</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>{hotspot}, holds {items}</source>
            <translation>{hotspot}, contiene {items}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>{picture}: choose where the picked item goes. The arrow keys or Tab move between the hotspots, Enter or Space puts it there, Esc puts it back.</source>
            <translation>{picture}: elige dónde va el elemento seleccionado. Las flechas o Tab te mueven entre las zonas, Enter o Espacio lo coloca ahí, Esc lo devuelve.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>{picture}: {n} hotspots. The arrow keys or Tab move between them, Enter or Space picks the one in focus.</source>
            <translation>{picture}: {n} zonas. Las flechas o Tab te mueven entre ellas, Enter o Espacio elige la que tiene el foco.</translation>
        </message>
    </context>
    <context>
        <name>SectionView</name>
        <message>
            <location filename="../viewer/sections/base.py" />
            <source>; </source>
            <translation>; </translation>
        </message>
        <message>
            <location filename="../viewer/sections/base.py" />
            <source>Complete what this section asks to go on.</source>
            <translation>Completa lo que pide esta sección para continuar.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/base.py" />
            <source>Its settings are broken ({error}). Tell the module's author; you can go on with the rest of the module.</source>
            <translation>Su configuración está dañada ({error}). Avisa al autor del módulo; puedes seguir con el resto del módulo.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/base.py" />
            <source>Section complete.</source>
            <translation>Sección completada.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/base.py" />
            <source>Still needed: {needs}</source>
            <translation>Falta: {needs}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/base.py" />
            <source>This {thing} cannot be shown; tell the module's author.</source>
            <translation>No se puede mostrar ({thing}); avisa al autor del módulo.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/base.py" />
            <source>This {thing} could not be shown</source>
            <translation>No se pudo mostrar: {thing}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/base.py" />
            <source>the settings are not those of a “{type}” section</source>
            <translation>la configuración no corresponde a una sección “{type}”</translation>
        </message>
    </context>
    <context>
        <name>TaskButton</name>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>Task: {prompt}. {status}</source>
            <translation>Tarea: {prompt}. {status}</translation>
        </message>
    </context>
    <context>
        <name>TextSectionView</name>
        <message>
            <location filename="../viewer/sections/text.py" />
            <source>Read through, then continue with Next.</source>
            <translation>Léelo completo y luego continúa con Siguiente.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/text.py" />
            <source>Section complete.</source>
            <translation>Sección completada.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/text.py" />
            <source>Section text</source>
            <translation>Texto de la sección</translation>
        </message>
    </context>
    <context>
        <name>UnsupportedSectionView</name>
        <message>
            <location filename="../viewer/sections/unsupported.py" />
            <source>Not supported in this version</source>
            <translation>No compatible con esta versión</translation>
        </message>
        <message>
            <location filename="../viewer/sections/unsupported.py" />
            <source>Section complete.</source>
            <translation>Sección completada.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/unsupported.py" />
            <source>This is a “{kind}” section, which needs a newer version of FRAMES. Update the app to do it; until then this section, and so the module, stays incomplete. You can carry on with the rest of the module.</source>
            <translation>Esta es una sección de tipo “{kind}”, que necesita una versión más reciente de FRAMES. Actualiza la aplicación para hacerla; mientras tanto, esta sección, y por lo tanto el módulo, quedan sin completar. Puedes seguir con el resto del módulo.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/unsupported.py" />
            <source>This section cannot be done on this computer.</source>
            <translation>Esta sección no se puede hacer en este equipo.</translation>
        </message>
    </context>
    <context>
        <name>VideoSectionView</name>
        <message>
            <location filename="../viewer/sections/video_player.py" />
            <source>CC</source>
            <translation>CC</translation>
        </message>
        <message>
            <location filename="../viewer/sections/video_player.py" />
            <source>Captions</source>
            <translation>Subtítulos</translation>
        </message>
        <message>
            <location filename="../viewer/sections/video_player.py" />
            <source>Continue with Next.</source>
            <translation>Continúa con Siguiente.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/video_player.py" />
            <source>Hide transcript</source>
            <translation>Ocultar transcripción</translation>
        </message>
        <message>
            <location filename="../viewer/sections/video_player.py" />
            <source>Pause</source>
            <translation>Pausar</translation>
        </message>
        <message>
            <location filename="../viewer/sections/video_player.py" />
            <source>Pause video</source>
            <translation>Pausar video</translation>
        </message>
        <message>
            <location filename="../viewer/sections/video_player.py" />
            <source>Play</source>
            <translation>Reproducir</translation>
        </message>
        <message>
            <location filename="../viewer/sections/video_player.py" />
            <source>Play video</source>
            <translation>Reproducir video</translation>
        </message>
        <message>
            <location filename="../viewer/sections/video_player.py" />
            <source>Position in the video</source>
            <translation>Posición en el video</translation>
        </message>
        <message>
            <location filename="../viewer/sections/video_player.py" />
            <source>Replay</source>
            <translation>Volver a ver</translation>
        </message>
        <message>
            <location filename="../viewer/sections/video_player.py" />
            <source>Replay video</source>
            <translation>Volver a reproducir el video</translation>
        </message>
        <message>
            <location filename="../viewer/sections/video_player.py" />
            <source>Section complete.</source>
            <translation>Sección completada.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/video_player.py" />
            <source>Show or hide the captions</source>
            <translation>Mostrar u ocultar los subtítulos</translation>
        </message>
        <message>
            <location filename="../viewer/sections/video_player.py" />
            <source>Show transcript</source>
            <translation>Mostrar transcripción</translation>
        </message>
        <message>
            <location filename="../viewer/sections/video_player.py" />
            <source>The file may be damaged or in a format this computer cannot play ({error}). The text below still applies; you can continue with Next.</source>
            <translation>Puede que el archivo esté dañado o tenga un formato que este equipo no puede reproducir ({error}). El texto de abajo sigue siendo válido; puedes continuar con Siguiente.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/video_player.py" />
            <source>This section completes once the video has been watched.</source>
            <translation>Esta sección se completa cuando hayas visto el video.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/video_player.py" />
            <source>This video could not be played</source>
            <translation>No se pudo reproducir este video</translation>
        </message>
        <message>
            <location filename="../viewer/sections/video_player.py" />
            <source>Transcript</source>
            <translation>Transcripción</translation>
        </message>
        <message>
            <location filename="../viewer/sections/video_player.py" />
            <source>Video not available yet</source>
            <translation>Video aún no disponible</translation>
        </message>
        <message>
            <location filename="../viewer/sections/video_player.py" />
            <source>Video not available yet{length}</source>
            <translation>Video aún no disponible{length}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/video_player.py" />
            <source>Video: {title}</source>
            <translation>Video: {title}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/video_player.py" />
            <source>Watch the video to the end to complete this section.</source>
            <translation>Mira el video hasta el final para completar esta sección.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/video_player.py" />
            <source>section video</source>
            <translation>video de la sección</translation>
        </message>
        <message>
            <location filename="../viewer/sections/video_player.py" />
            <source>unknown error</source>
            <translation>error desconocido</translation>
        </message>
        <message>
            <location filename="../viewer/sections/video_player.py" />
            <source>{position} of {length}</source>
            <translation>{position} de {length}</translation>
        </message>
    </context>
    <context>
        <name>VideoUnavailableSectionView</name>
        <message>
            <location filename="../viewer/sections/video.py" />
            <source>Press Next to continue.</source>
            <translation>Presiona Siguiente para continuar.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/video.py" />
            <source>Section complete.</source>
            <translation>Sección completada.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/video.py" />
            <source>This video cannot play on this computer</source>
            <translation>Este video no se puede reproducir en este equipo</translation>
        </message>
        <message>
            <location filename="../viewer/sections/video.py" />
            <source>Transcript</source>
            <translation>Transcripción</translation>
        </message>
        <message>
            <location filename="../viewer/sections/video.py" />
            <source>{problem} The text below still applies; press Next to continue.</source>
            <translation>{problem} El texto de abajo sigue siendo válido; presiona Siguiente para continuar.</translation>
        </message>
    </context>
    <context>
        <name>_completion</name>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>less than a minute</source>
            <translation>menos de un minuto</translation>
        </message>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>{hours} h {minutes} min</source>
            <translation type="vanished">{hours} h {minutes} min</translation>
        </message>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>{minutes} min</source>
            <translation type="vanished">{minutes} min</translation>
        </message>
    </context>
    <context>
        <name>_multimedia</name>
        <message>
            <location filename="../viewer/_multimedia.py" />
            <source>Ask whoever looks after this computer to install the multimedia libraries.</source>
            <translation>Pide a quien administre este equipo que instale las bibliotecas multimedia.</translation>
        </message>
        <message>
            <location filename="../viewer/_multimedia.py" />
            <source>Install it with “{apt}” (Debian, Ubuntu) or “{dnf}” (Fedora), then restart FRAMES LMS.</source>
            <translation>Instálala con “{apt}” (Debian, Ubuntu) o “{dnf}” (Fedora) y luego reinicia FRAMES LMS.</translation>
        </message>
        <message>
            <location filename="../viewer/_multimedia.py" />
            <source>Install the package that provides {library}, then restart FRAMES LMS.</source>
            <translation>Instala el paquete que proporciona {library} y luego reinicia FRAMES LMS.</translation>
        </message>
    </context>
    <context>
        <name>buddy</name>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Already solved.</source>
            <translation>Ya está resuelto.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Choose one of the answers first.</source>
            <translation>Primero elige una de las respuestas.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Correct! Nice work sticking with it.</source>
            <translation>¡Correcto! Muy bien por no rendirte.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Correct.</source>
            <translation>Correcto.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Correct. Can you say why it works?</source>
            <translation>Correcto. ¿Puedes decir por qué funciona?</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Correct. Done.</source>
            <translation>Correcto. Listo.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Correct. What would change if the numbers were different?</source>
            <translation>Correcto. ¿Qué cambiaría si los números fueran otros?</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Hello, I'm {name}. What is the problem asking for? Try an answer; ask me for a hint when you need one.</source>
            <translation>Hola, soy {name}. ¿Qué te pide el problema? Intenta una respuesta; pídeme una pista cuando la necesites.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Hello. What have you tried so far?</source>
            <translation>Hola. ¿Qué has intentado hasta ahora?</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Hi! Let's work on this problem together.</source>
            <translation>¡Hola! Trabajemos juntos en este problema.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Hi, I'm {name}! Have a go at the problem. If you get stuck, ask me for a hint.</source>
            <translation>¡Hola, soy {name}! Intenta resolver el problema. Si te atoras, pídeme una pista.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Hi. Back to the problem.</source>
            <translation>Hola. Volvamos al problema.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Hint available.</source>
            <translation>Hay una pista disponible.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Hint available: press “Give me a hint”.</source>
            <translation>Hay una pista disponible: presiona “Dame una pista”.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>How does that help with the problem? Try an answer, or ask for a hint.</source>
            <translation>¿Cómo te ayuda eso con el problema? Intenta una respuesta o pide una pista.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>I can only help with this problem. Try an answer, or ask me for a hint.</source>
            <translation>Solo puedo ayudarte con este problema. Intenta una respuesta o pídeme una pista.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>I have no hints for this one, but read the problem again slowly.</source>
            <translation>No tengo pistas para este, pero vuelve a leer el problema con calma.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>I have no hints here. What is the problem asking, exactly?</source>
            <translation>Aquí no tengo pistas. ¿Qué te pide exactamente el problema?</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>I have no more hints. What do the hints above tell you together?</source>
            <translation>Ya no tengo más pistas. ¿Qué te dicen juntas las pistas de arriba?</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>I won't just give it away: you'll remember it much better if you get there yourself.</source>
            <translation>No te lo voy a dar así nomás: lo recordarás mucho mejor si llegas tú solo.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>I'd rather not spoil it. You're closer than you think.</source>
            <translation>Prefiero no arruinártelo. Estás más cerca de lo que crees.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>I'm not sure I follow. Read the problem again, or ask me for a hint.</source>
            <translation>No estoy seguro de entenderte. Vuelve a leer el problema o pídeme una pista.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>I'm {name}. Solve the problem. Ask for a hint if needed.</source>
            <translation>Soy {name}. Resuelve el problema. Pide una pista si la necesitas.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>If I told you, what would you have learned? Let's find it together.</source>
            <translation>Si te lo dijera, ¿qué habrías aprendido? Busquémoslo juntos.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Is that comma a decimal point or a thousands separator? Type it without, like 4.7 or 4700.</source>
            <translation>¿Esa coma es un punto decimal o un separador de miles? Escríbelo sin ella, como 4.7 o 4700.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Keep going! Every wrong answer rules something out.</source>
            <translation>¡Sigue así! Cada respuesta equivocada descarta algo.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>No hints for this one.</source>
            <translation>No hay pistas para este.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>No more hints.</source>
            <translation>No hay más pistas.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>No. Check your working.</source>
            <translation>No. Revisa tu procedimiento.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>No. Work it out.</source>
            <translation>No. Resuélvelo tú.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Not it. Again.</source>
            <translation>No es. Otra vez.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Not quite, but that was a real attempt. Check your working and try again.</source>
            <translation>No exactamente, pero fue un buen intento. Revisa tu procedimiento e inténtalo de nuevo.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Not quite. Which step of your working are you least sure of?</source>
            <translation>No exactamente. ¿De qué paso de tu procedimiento estás menos seguro?</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Not yet. Go through it one step at a time. You can do this.</source>
            <translation>Todavía no. Ve paso a paso. Tú puedes.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Not yet. What would you check first if you started over?</source>
            <translation>Todavía no. ¿Qué revisarías primero si empezaras de nuevo?</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>OK.</source>
            <translation>OK.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Right.</source>
            <translation>Bien.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Solved already.</source>
            <translation>Ya resuelto.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Stick to the problem. Answer, or ask for a hint.</source>
            <translation>Concéntrate en el problema. Responde o pide una pista.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Still not it. What does the problem give you that you have not used yet?</source>
            <translation>Todavía no es. ¿Qué te da el problema que aún no has usado?</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Take all the time you need. If a hint would help, press “Give me a hint”.</source>
            <translation>Tómate todo el tiempo que necesites. Si una pista te ayudaría, presiona “Dame una pista”.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>That is too long for a number. Type a number, like 4.7</source>
            <translation>Es demasiado largo para un número. Escribe un número, como 4.7</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>That number is too large. Type a number, like 4.7</source>
            <translation>Ese número es demasiado grande. Escribe un número, como 4.7</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>That was my last hint. Everything you need is in the hints above: go back over them.</source>
            <translation>Esa fue mi última pista. Todo lo que necesitas está en las pistas de arriba: vuelve a revisarlas.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>That's right. What was the key step?</source>
            <translation>Así es. ¿Cuál fue el paso clave?</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Type a number, like 4.7</source>
            <translation>Escribe un número, como 4.7</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Type the number in {unit}, like 4.7</source>
            <translation>Escribe el número en {unit}, como 4.7</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Type your answer first.</source>
            <translation>Primero escribe tu respuesta.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Want a hint instead? Press “Give me a hint” or ask me for one.</source>
            <translation>¿Mejor quieres una pista? Presiona “Dame una pista” o pídemela.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Welcome back! You solved this one already. Nice work.</source>
            <translation>¡Qué bueno verte de nuevo! Ya resolviste este. Muy bien.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Welcome back. You solved this one. Could you explain how?</source>
            <translation>Bienvenido de nuevo. Ya resolviste este. ¿Podrías explicar cómo?</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>What are you thinking about? A hint is there if you want one.</source>
            <translation>¿En qué estás pensando? Hay una pista si la quieres.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>What do you know so far? Start there rather than with the answer.</source>
            <translation>¿Qué sabes hasta ahora? Empieza por ahí, no por la respuesta.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>What is the problem asking? Try an answer, or ask me for a hint.</source>
            <translation>¿Qué te pide el problema? Intenta una respuesta o pídeme una pista.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Would a hint help? Press “Give me a hint” or ask me for one.</source>
            <translation>¿Te ayudaría una pista? Presiona “Dame una pista” o pídemela.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Wrong. Try again.</source>
            <translation>Incorrecto. Inténtalo de nuevo.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Yes, that's right! Well done.</source>
            <translation>¡Sí, así es! Bien hecho.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>You got it! That took real persistence.</source>
            <translation>¡Lo lograste! Eso requirió mucha constancia.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>You solved it already. Could you solve a harder one?</source>
            <translation>Ya lo resolviste. ¿Podrías resolver uno más difícil?</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>You're welcome! Keep going.</source>
            <translation>¡De nada! Sigue así.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>You're welcome. What will you try next?</source>
            <translation>De nada. ¿Qué vas a intentar ahora?</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>You've already solved it! Nice work.</source>
            <translation>¡Ya lo resolviste! Muy bien.</translation>
        </message>
    </context>
    <context>
        <name>criteria</name>
        <message>
            <location filename="../../sync/rules/criteria.py" />
            <source>Do the tasks: {done} of {total} done</source>
            <translation>Haz las tareas: {done} de {total} hechas</translation>
        </message>
        <message>
            <location filename="../../sync/rules/criteria.py" />
            <source>Pass a level of the game</source>
            <translation>Supera un nivel del juego</translation>
        </message>
        <message>
            <location filename="../../sync/rules/criteria.py" />
            <source>Run your code until the output matches</source>
            <translation>Ejecuta tu código hasta que la salida coincida</translation>
        </message>
        <message>
            <location filename="../../sync/rules/criteria.py" />
            <source>Score at least {min} %</source>
            <translation>Obtén al menos un {min} %</translation>
        </message>
        <message>
            <location filename="../../sync/rules/criteria.py" />
            <source>Score at least {min} % (best so far {best} %)</source>
            <translation>Obtén al menos un {min} % (tu mejor resultado: {best} %)</translation>
        </message>
        <message>
            <location filename="../../sync/rules/criteria.py" />
            <source>Solve the problem</source>
            <translation>Resuelve el problema</translation>
        </message>
        <message>
            <location filename="../../sync/rules/criteria.py" />
            <source>{duration} more on this page</source>
            <translation>{duration} más en esta página</translation>
        </message>
        <message>
            <location filename="../../sync/rules/criteria.py" />
            <source>{first} or {second}</source>
            <translation>{first} o {second}</translation>
        </message>
        <message>
            <location filename="../../sync/rules/criteria.py" />
            <source>{first}; {second}</source>
            <translation>{first}; {second}</translation>
        </message>
        <message>
            <location filename="../../sync/rules/criteria.py" />
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <location filename="../../sync/rules/criteria.py" />
            <source>{minutes} min {seconds} s</source>
            <translation>{minutes} min {seconds} s</translation>
        </message>
        <message>
            <location filename="../../sync/rules/criteria.py" />
            <source>{seconds} s</source>
            <translation>{seconds} s</translation>
        </message>
    </context>
    <context>
        <name>game</name>
        <message numerus="yes">
            <location filename="../viewer/sections/game.py" />
            <source>%n challenge(s)</source>
            <translation>
                <numerusform>%n desafío</numerusform>
                <numerusform>%n desafíos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>The matches: {pairs}</source>
            <translation>Las parejas correctas: {pairs}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>The right answer: {answer}</source>
            <translation>La respuesta correcta: {answer}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>The right answers: {answers}</source>
            <translation>Las respuestas correctas: {answers}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>The right order: {items}</source>
            <translation>El orden correcto: {items}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>no time limit</source>
            <translation>sin límite de tiempo</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>{challenges} · {timing} · pass {score} %</source>
            <translation>{challenges} · {timing} · se supera con {score} %</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>{m} min</source>
            <translation>{m} min</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>{m} min {s} s</source>
            <translation>{m} min {s} s</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>{s} s</source>
            <translation>{s} s</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>{time} time limit</source>
            <translation>límite de {time}</translation>
        </message>
    </context>
    <context>
        <name>guided_struggle</name>
        <message numerus="yes">
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>%n attempt(s)</source>
            <translation>
                <numerusform>%n intento</numerusform>
                <numerusform>%n intentos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>%n hint(s) used</source>
            <translation>
                <numerusform>%n pista usada</numerusform>
                <numerusform>%n pistas usadas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>Hint {i} of {n}</source>
            <translation>Pista {i} de {n}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>No attempts yet</source>
            <translation>Aún sin intentos</translation>
        </message>
        <message>
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>{attempts} · {hints}</source>
            <translation>{attempts} · {hints}</translation>
        </message>
    </context>
    <context>
        <name>image</name>
        <message>
            <location filename="../viewer/sections/image.py" />
            <source>Image</source>
            <translation>Imagen</translation>
        </message>
    </context>
    <context>
        <name>interactive</name>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>Done</source>
            <translation>Hecha</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>{done} of {of} found</source>
            <translation>{done} de {of} encontrados</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>{done} of {of} placed</source>
            <translation>{done} de {of} colocados</translation>
        </message>
    </context>
    <context>
        <name>registry</name>
        <message>
            <location filename="../viewer/sections/registry.py" />
            <source>Checklist</source>
            <translation>Lista de verificación</translation>
        </message>
        <message>
            <location filename="../viewer/sections/registry.py" />
            <source>Code exercise</source>
            <translation>Ejercicio de código</translation>
        </message>
        <message>
            <location filename="../viewer/sections/registry.py" />
            <source>Game</source>
            <translation>Juego</translation>
        </message>
        <message>
            <location filename="../viewer/sections/registry.py" />
            <source>Guided problem</source>
            <translation>Problema guiado</translation>
        </message>
        <message>
            <location filename="../viewer/sections/registry.py" />
            <source>Image</source>
            <translation>Imagen</translation>
        </message>
        <message>
            <location filename="../viewer/sections/registry.py" />
            <source>Interactive scene</source>
            <translation>Escena interactiva</translation>
        </message>
        <message>
            <location filename="../viewer/sections/registry.py" />
            <source>Reading</source>
            <translation>Lectura</translation>
        </message>
        <message>
            <location filename="../viewer/sections/registry.py" />
            <source>Video</source>
            <translation>Video</translation>
        </message>
    </context>
    <context>
        <name>video</name>
        <message>
            <location filename="../viewer/sections/video.py" />
            <source>Video</source>
            <translation>Video</translation>
        </message>
    </context>
</TS>
