"""Write a real .docx whose document.xml inflates to ``inflated_mb`` (for limit tests and the benchmark)."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path


def write_docx_bomb(path: Path, inflated_mb: int, text: str = "某市2023年法治政府建设年度报告") -> Path:
    import docx

    buf = io.BytesIO()
    d = docx.Document()
    d.add_paragraph(text)
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        for info in src.infolist():
            data = src.read(info)
            if info.filename != "word/document.xml":
                out.writestr(info, data)
                continue
            head, tail = data.split(b"</w:body>")
            with out.open("word/document.xml", "w", force_zip64=True) as f:
                f.write(head)
                para = b"<w:p><w:r><w:t>" + "法治政府建设".encode() * 100 + b"</w:t></w:r></w:p>"
                block = para * (2**20 // len(para) + 1)
                for _ in range(inflated_mb):
                    f.write(block)
                f.write(b"</w:body>" + tail)
    return path
