call MSBuild /nologo /p:Configuration=Release portaudio.vcxproj
