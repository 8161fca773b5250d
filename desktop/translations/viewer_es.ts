<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>BrokenSectionView</name>
    <message>
        <location filename="../viewer/sections/unsupported.py" line="69"/>
        <source>This section file has a problem</source>
        <translation>Este archivo de sección tiene un problema</translation>
    </message>
    <message>
        <location filename="../viewer/sections/unsupported.py" line="74"/>
        <source>Fix the file and save: the preview reloads by itself.</source>
        <translation>Corrige el archivo y guárdalo: la vista previa se recarga sola.</translation>
    </message>
</context>
<context>
    <name>ChecklistSectionView</name>
    <message>
        <location filename="../viewer/sections/checklist.py" line="86"/>
        <source>{item} (optional)</source>
        <translation>{item} (opcional)</translation>
    </message>
    <message>
        <location filename="../viewer/sections/checklist.py" line="97"/>
        <source>It has no items.</source>
        <translation>No tiene elementos.</translation>
    </message>
    <message>
        <location filename="../viewer/sections/checklist.py" line="99"/>
        <source>This checklist could not be read</source>
        <translation>No se pudo leer esta lista de verificación</translation>
    </message>
    <message>
        <location filename="../viewer/sections/checklist.py" line="100"/>
        <source>{problem} Tell the module&apos;s author; you can continue with Next.</source>
        <translation>{problem} Avisa al autor del módulo; puedes continuar con Siguiente.</translation>
    </message>
    <message>
        <location filename="../viewer/sections/checklist.py" line="132"/>
        <source>Section complete.</source>
        <translation>Sección completada.</translation>
    </message>
    <message>
        <location filename="../viewer/sections/checklist.py" line="134"/>
        <source>Continue with Next when you are done.</source>
        <translation>Cuando termines, continúa con Siguiente.</translation>
    </message>
    <message>
        <location filename="../viewer/sections/checklist.py" line="135"/>
        <source>Tick every required item to complete this section.</source>
        <translation>Marca todos los elementos obligatorios para completar esta sección.</translation>
    </message>
    <message>
        <location filename="../viewer/sections/checklist.py" line="160"/>
        <source>{done} of {total} required items ticked.</source>
        <translation>Elementos obligatorios marcados: {done} de {total}.</translation>
    </message>
</context>
<context>
    <name>CompletionPage</name>
    <message>
        <location filename="../viewer/_completion.py" line="321"/>
        <source>Back to my modules</source>
        <translation>Volver a mis módulos</translation>
    </message>
    <message>
        <location filename="../viewer/_completion.py" line="351"/>
        <source>Module complete</source>
        <translation>Módulo completado</translation>
    </message>
    <message>
        <location filename="../viewer/_completion.py" line="352"/>
        <source>Well done: you finished “{title}”.</source>
        <translation>¡Bien hecho! Terminaste “{title}”.</translation>
    </message>
    <message>
        <location filename="../viewer/_completion.py" line="356"/>
        <source>You spent {time} on it.</source>
        <translation>Le dedicaste {time}.</translation>
    </message>
    <message>
        <location filename="../viewer/_completion.py" line="362"/>
        <source>Almost there</source>
        <translation>Ya casi terminas</translation>
    </message>
    <message>
        <location filename="../viewer/_completion.py" line="364"/>
        <source>Sections still to complete in “{title}”: {count}</source>
        <translation>Secciones por completar en “{title}”: {count}</translation>
    </message>
    <message>
        <location filename="../viewer/_completion.py" line="370"/>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
</context>
<context>
    <name>FeedbackForm</name>
    <message>
        <location filename="../viewer/_completion.py" line="116"/>
        <source>Your feedback (optional)</source>
        <translation>Tu opinión (opcional)</translation>
    </message>
    <message>
        <location filename="../viewer/_completion.py" line="122"/>
        <source>Tell the module&apos;s authors what worked and what did not. You can change your answers at any time.</source>
        <translation>Cuenta a los autores del módulo qué funcionó y qué no. Puedes cambiar tus respuestas en cualquier momento.</translation>
    </message>
    <message>
        <location filename="../viewer/_completion.py" line="136"/>
        <source>Overall rating</source>
        <translation>Valoración general</translation>
    </message>
    <message>
        <location filename="../viewer/_completion.py" line="137"/>
        <source>Poor</source>
        <translation>Mala</translation>
    </message>
    <message>
        <location filename="../viewer/_completion.py" line="138"/>
        <source>Excellent</source>
        <translation>Excelente</translation>
    </message>
    <message>
        <location filename="../viewer/_completion.py" line="142"/>
        <source>Difficulty</source>
        <translation>Dificultad</translation>
    </message>
    <message>
        <location filename="../viewer/_completion.py" line="143"/>
        <source>Very easy</source>
        <translation>Muy fácil</translation>
    </message>
    <message>
        <location filename="../viewer/_completion.py" line="144"/>
        <source>Very hard</source>
        <translation>Muy difícil</translation>
    </message>
    <message>
        <location filename="../viewer/_completion.py" line="147"/>
        <source>How useful was it?</source>
        <translation>¿Qué tan útil te resultó?</translation>
    </message>
    <message>
        <location filename="../viewer/_completion.py" line="148"/>
        <source>How difficult was it?</source>
        <translation>¿Qué tan difícil te resultó?</translation>
    </message>
    <message>
        <location filename="../viewer/_completion.py" line="156"/>
        <location filename="../viewer/_completion.py" line="163"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location filename="../viewer/_completion.py" line="161"/>
        <source>Anything that was unclear, missing or especially good</source>
        <translation>Lo que no quedó claro, lo que faltó o lo que estuvo especialmente bien</translation>
    </message>
    <message>
        <location filename="../viewer/_completion.py" line="169"/>
        <source>Send anonymously (faculty see the feedback, not your name)</source>
        <translation>Enviar de forma anónima (el profesorado ve la opinión, no tu nombre)</translation>
    </message>
    <message>
        <location filename="../viewer/_completion.py" line="175"/>
        <source>Save feedback</source>
        <translation>Guardar opinión</translation>
    </message>
    <message>
        <location filename="../viewer/_completion.py" line="189"/>
        <source>Preview: feedback is not saved.</source>
        <translation>Vista previa: la opinión no se guarda.</translation>
    </message>
    <message>
        <location filename="../viewer/_completion.py" line="236"/>
        <source>Saved. You can change your feedback at any time.</source>
        <translation>Guardado. Puedes cambiar tu opinión en cualquier momento.</translation>
    </message>
    <message>
        <location filename="../viewer/_completion.py" line="264"/>
        <source>Not saved yet.</source>
        <translation>Aún no se ha guardado.</translation>
    </message>
    <message>
        <location filename="../viewer/_completion.py" line="271"/>
        <source>Your comment is {length} characters long: shorten it to {most} or fewer to save it.</source>
        <translation>Tu comentario tiene {length} caracteres: acórtalo a {most} o menos para guardarlo.</translation>
    </message>
</context>
<context>
    <name>ModuleViewer</name>
    <message>
        <location filename="../viewer/_viewer.py" line="201"/>
        <source>Section {number} of {total} · {kind}</source>
        <translation>Sección {number} de {total} · {kind}</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="209"/>
        <source>Section {number}</source>
        <translation>Sección {number}</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="333"/>
        <source>My modules</source>
        <translation>Mis módulos</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="335"/>
        <source>Back to the list of modules</source>
        <translation>Volver a la lista de módulos</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="345"/>
        <source>Module: {title}</source>
        <translation>Módulo: {title}</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="359"/>
        <source>Module progress</source>
        <translation>Progreso del módulo</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="366"/>
        <source>Summary and feedback</source>
        <translation>Resumen y opinión</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="374"/>
        <source>&lt;b&gt;Preview&lt;/b&gt; — nothing you do here is recorded or synced.</source>
        <translation>&lt;b&gt;Vista previa&lt;/b&gt;: nada de lo que hagas aquí se registra ni se sincroniza.</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="401"/>
        <location filename="../viewer/_viewer.py" line="408"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="424"/>
        <source>{number}. {glyph} {title}</source>
        <translation>{number}. {glyph} {title}</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="462"/>
        <source>This module has no sections yet</source>
        <translation>Este módulo aún no tiene secciones</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="463"/>
        <source>Its author has not added any content. Check again after the next sync.</source>
        <translation>Su autor todavía no ha añadido contenido. Vuelve a revisar después de la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="483"/>
        <source>You have completed this module.</source>
        <translation>Has completado este módulo.</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="487"/>
        <source>See summary and give feedback</source>
        <translation>Ver el resumen y dar tu opinión</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="498"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="500"/>
        <source>Previous section (Alt+Left)</source>
        <translation>Sección anterior (Alt+Flecha izquierda)</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="508"/>
        <location filename="../viewer/_viewer.py" line="853"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="511"/>
        <location filename="../viewer/_viewer.py" line="858"/>
        <source>Next section (Alt+Right)</source>
        <translation>Sección siguiente (Alt+Flecha derecha)</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="585"/>
        <source>Sections: {count}</source>
        <translation>Secciones: {count}</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="588"/>
        <source>about {minutes} min</source>
        <translation>unos {minutes} min</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="790"/>
        <source>Saved. You can change your feedback at any time.</source>
        <translation>Guardado. Puedes cambiar tu opinión en cualquier momento.</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="808"/>
        <source>{done} of {total} sections complete</source>
        <translation>{done} de {total} secciones completadas</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="812"/>
        <source>Complete</source>
        <translation>Completado</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="826"/>
        <source>complete</source>
        <translation>completada</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="828"/>
        <source>not complete yet</source>
        <translation>aún sin completar</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="831"/>
        <source>{kind} · {state}</source>
        <translation>{kind} · {state}</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="835"/>
        <source>{kind}, {state}</source>
        <translation>{kind}, {state}</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="853"/>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="856"/>
        <source>See your summary (Alt+Right)</source>
        <translation>Ver tu resumen (Alt+Flecha derecha)</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="864"/>
        <source>✓ {hint}</source>
        <translation>✓ {hint}</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="905"/>
        <source>No sections</source>
        <translation>Sin secciones</translation>
    </message>
</context>
<context>
    <name>MultimediaProblem</name>
    <message>
        <location filename="../viewer/_multimedia.py" line="50"/>
        <source>The video player needs {library}, which is missing or cannot be loaded on this computer.</source>
        <translation>El reproductor de video necesita {library}, que falta o no se puede cargar en este equipo.</translation>
    </message>
    <message>
        <location filename="../viewer/_multimedia.py" line="56"/>
        <source>The video player needs system libraries that are missing or cannot be loaded on this computer.</source>
        <translation>El reproductor de video necesita bibliotecas del sistema que faltan o no se pueden cargar en este equipo.</translation>
    </message>
</context>
<context>
    <name>RatingRow</name>
    <message>
        <location filename="../viewer/_completion.py" line="71"/>
        <source>{name}: {value} of {top}</source>
        <translation>{name}: {value} de {top}</translation>
    </message>
</context>
<context>
    <name>SectionView</name>
    <message>
        <location filename="../viewer/sections/base.py" line="120"/>
        <source>Section complete.</source>
        <translation>Sección completada.</translation>
    </message>
    <message>
        <location filename="../viewer/sections/base.py" line="139"/>
        <source>Complete what this section asks to go on.</source>
        <translation>Completa lo que pide esta sección para continuar.</translation>
    </message>
    <message>
        <location filename="../viewer/sections/base.py" line="140"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../viewer/sections/base.py" line="141"/>
        <source>Still needed: {needs}</source>
        <translation>Falta: {needs}</translation>
    </message>
    <message>
        <location filename="../viewer/sections/base.py" line="152"/>
        <source>the settings are not those of a “{type}” section</source>
        <translation>la configuración no corresponde a una sección “{type}”</translation>
    </message>
    <message>
        <location filename="../viewer/sections/base.py" line="160"/>
        <source>This {thing} could not be shown</source>
        <translation>No se pudo mostrar: {thing}</translation>
    </message>
    <message>
        <location filename="../viewer/sections/base.py" line="161"/>
        <source>Its settings are broken ({error}). Tell the module&apos;s author; you can go on with the rest of the module.</source>
        <translation>Su configuración está dañada ({error}). Avisa al autor del módulo; puedes seguir con el resto del módulo.</translation>
    </message>
    <message>
        <location filename="../viewer/sections/base.py" line="172"/>
        <source>This {thing} cannot be shown; tell the module&apos;s author.</source>
        <translation>No se puede mostrar ({thing}); avisa al autor del módulo.</translation>
    </message>
</context>
<context>
    <name>TextSectionView</name>
    <message>
        <location filename="../viewer/sections/text.py" line="37"/>
        <source>Section text</source>
        <translation>Texto de la sección</translation>
    </message>
    <message>
        <location filename="../viewer/sections/text.py" line="46"/>
        <source>Section complete.</source>
        <translation>Sección completada.</translation>
    </message>
    <message>
        <location filename="../viewer/sections/text.py" line="47"/>
        <source>Read through, then continue with Next.</source>
        <translation>Léelo completo y luego continúa con Siguiente.</translation>
    </message>
</context>
<context>
    <name>UnsupportedSectionView</name>
    <message>
        <location filename="../viewer/sections/unsupported.py" line="48"/>
        <source>Not supported in this version</source>
        <translation>No compatible con esta versión</translation>
    </message>
    <message>
        <location filename="../viewer/sections/unsupported.py" line="49"/>
        <source>This is a “{kind}” section, which needs a newer version of FRAMES. Update the app to do it; until then this section, and so the module, stays incomplete. You can carry on with the rest of the module.</source>
        <translation>Esta es una sección de tipo “{kind}”, que necesita una versión más reciente de FRAMES. Actualiza la aplicación para hacerla; mientras tanto, esta sección, y por lo tanto el módulo, quedan sin completar. Puedes seguir con el resto del módulo.</translation>
    </message>
    <message>
        <location filename="../viewer/sections/unsupported.py" line="59"/>
        <source>Section complete.</source>
        <translation>Sección completada.</translation>
    </message>
    <message>
        <location filename="../viewer/sections/unsupported.py" line="60"/>
        <source>This section cannot be done on this computer.</source>
        <translation>Esta sección no se puede hacer en este equipo.</translation>
    </message>
</context>
<context>
    <name>VideoUnavailableSectionView</name>
    <message>
        <location filename="../viewer/sections/video.py" line="66"/>
        <source>This video cannot play on this computer</source>
        <translation>Este video no se puede reproducir en este equipo</translation>
    </message>
    <message>
        <location filename="../viewer/sections/video.py" line="67"/>
        <source>{problem} The text below still applies; press Next to continue.</source>
        <translation>{problem} El texto de abajo sigue siendo válido; presiona Siguiente para continuar.</translation>
    </message>
    <message>
        <location filename="../viewer/sections/video.py" line="87"/>
        <source>Section complete.</source>
        <translation>Sección completada.</translation>
    </message>
    <message>
        <location filename="../viewer/sections/video.py" line="88"/>
        <source>Press Next to continue.</source>
        <translation>Presiona Siguiente para continuar.</translation>
    </message>
</context>
<context>
    <name>_completion</name>
    <message>
        <location filename="../viewer/_completion.py" line="39"/>
        <source>less than a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message>
        <location filename="../viewer/_completion.py" line="42"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../viewer/_completion.py" line="45"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
</context>
<context>
    <name>_multimedia</name>
    <message>
        <location filename="../viewer/_multimedia.py" line="74"/>
        <source>Install it with “{apt}” (Debian, Ubuntu) or “{dnf}” (Fedora), then restart FRAMES LMS.</source>
        <translation>Instálala con “{apt}” (Debian, Ubuntu) o “{dnf}” (Fedora) y luego reinicia FRAMES LMS.</translation>
    </message>
    <message>
        <location filename="../viewer/_multimedia.py" line="80"/>
        <source>Install the package that provides {library}, then restart FRAMES LMS.</source>
        <translation>Instala el paquete que proporciona {library} y luego reinicia FRAMES LMS.</translation>
    </message>
    <message>
        <location filename="../viewer/_multimedia.py" line="84"/>
        <source>Ask whoever looks after this computer to install the multimedia libraries.</source>
        <translation>Pide a quien administre este equipo que instale las bibliotecas multimedia.</translation>
    </message>
</context>
<context>
    <name>criteria</name>
    <message>
        <location filename="../../sync/rules/criteria.py" line="187"/>
        <source>Run your code until the output matches</source>
        <translation>Ejecuta tu código hasta que la salida coincida</translation>
    </message>
    <message>
        <location filename="../../sync/rules/criteria.py" line="189"/>
        <source>Solve the problem</source>
        <translation>Resuelve el problema</translation>
    </message>
    <message>
        <location filename="../../sync/rules/criteria.py" line="191"/>
        <source>Pass a level of the game</source>
        <translation>Supera un nivel del juego</translation>
    </message>
    <message>
        <location filename="../../sync/rules/criteria.py" line="196"/>
        <source>Score at least {min} %</source>
        <translation>Obtén al menos un {min} %</translation>
    </message>
    <message>
        <location filename="../../sync/rules/criteria.py" line="198"/>
        <source>Score at least {min} % (best so far {best} %)</source>
        <translation>Obtén al menos un {min} % (tu mejor resultado: {best} %)</translation>
    </message>
    <message>
        <location filename="../../sync/rules/criteria.py" line="203"/>
        <source>Do the tasks: {done} of {total} done</source>
        <translation>Haz las tareas: {done} de {total} hechas</translation>
    </message>
    <message>
        <location filename="../../sync/rules/criteria.py" line="207"/>
        <source>{duration} more on this page</source>
        <translation>{duration} más en esta página</translation>
    </message>
    <message>
        <location filename="../../sync/rules/criteria.py" line="219"/>
        <source>{first}; {second}</source>
        <translation>{first}; {second}</translation>
    </message>
    <message>
        <location filename="../../sync/rules/criteria.py" line="225"/>
        <source>{first} or {second}</source>
        <translation>{first} o {second}</translation>
    </message>
    <message>
        <location filename="../../sync/rules/criteria.py" line="247"/>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location filename="../../sync/rules/criteria.py" line="250"/>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <location filename="../../sync/rules/criteria.py" line="252"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
</context>
<context>
    <name>registry</name>
    <message>
        <location filename="../viewer/sections/registry.py" line="66"/>
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <location filename="../viewer/sections/registry.py" line="67"/>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location filename="../viewer/sections/registry.py" line="68"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../viewer/sections/registry.py" line="69"/>
        <source>Checklist</source>
        <translation>Lista de verificación</translation>
    </message>
    <message>
        <location filename="../viewer/sections/registry.py" line="70"/>
        <source>Guided problem</source>
        <translation>Problema guiado</translation>
    </message>
    <message>
        <location filename="../viewer/sections/registry.py" line="71"/>
        <source>Code exercise</source>
        <translation>Ejercicio de código</translation>
    </message>
    <message>
        <location filename="../viewer/sections/registry.py" line="72"/>
        <source>Game</source>
        <translation>Juego</translation>
    </message>
    <message>
        <location filename="../viewer/sections/registry.py" line="73"/>
        <source>Interactive scene</source>
        <translation>Escena interactiva</translation>
    </message>
</context>
</TS>
