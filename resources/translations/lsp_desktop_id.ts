<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
  <context>
    <name>LspDesktop</name>
    <message>
      <source>Attach files</source>
      <translation>Lampirkan berkas</translation>
    </message>
    <message>
      <source>Attach</source>
      <translation>Lampirkan</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <source>Check where each file goes. Files left on "— do not attach —" are skipped.</source>
      <translation>Periksa tujuan setiap berkas. Berkas yang dibiarkan "— jangan lampirkan —" dilewati.</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Berkas</translation>
    </message>
    <message>
      <source>Requirement</source>
      <translation>Persyaratan</translation>
    </message>
    <message>
      <source>— do not attach —</source>
      <translation>— jangan lampirkan —</translation>
    </message>
    <message>
      <source>Requirement for {name}</source>
      <translation>Persyaratan untuk {name}</translation>
    </message>
    <message>
      <source>Writing the bundle…</source>
      <translation>Menulis bundel…</translation>
    </message>
    <message>
      <source>Export bundle</source>
      <translation>Ekspor bundel</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Tutup</translation>
    </message>
    <message>
      <source>Verify bundle</source>
      <translation>Periksa bundel</translation>
    </message>
    <message>
      <source>Open bundle</source>
      <translation>Buka bundel</translation>
    </message>
    <message>
      <source>Zip bundle (*.zip)</source>
      <translation>Bundel zip (*.zip)</translation>
    </message>
    <message>
      <source>Save as a new workspace</source>
      <translation>Simpan sebagai ruang kerja baru</translation>
    </message>
    <message>
      <source>LSP Desktop workspace (*.lspws)</source>
      <translation>Ruang kerja LSP Desktop (*.lspws)</translation>
    </message>
    <message>
      <source>Export cancelled; nothing was written.</source>
      <translation>Ekspor dibatalkan; tidak ada berkas yang ditulis.</translation>
    </message>
    <message>
      <source>Not complete yet</source>
      <translation>Belum lengkap</translation>
    </message>
    <message>
      <source>Export draft</source>
      <translation>Ekspor draf</translation>
    </message>
    <message>
      <source>DRAFT bundle saved:
{path}</source>
      <translation>Bundel DRAF tersimpan:
{path}</translation>
    </message>
    <message>
      <source>Bundle saved and verified:
{path}</source>
      <translation>Bundel tersimpan dan sudah diperiksa:
{path}</translation>
    </message>
    <message>
      <source>These items are not ready:
{items}

Export a DRAFT bundle for someone to review? It is marked as a draft in its name and summary.</source>
      <translation>Butir berikut belum siap:
{items}

Ekspor bundel DRAF untuk diperiksa orang lain? Bundel ditandai sebagai draf pada nama dan ringkasannya.</translation>
    </message>
    <message>
      <source>LSP profile</source>
      <translation>Profil LSP</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>checking…</source>
      <translation>memeriksa…</translation>
    </message>
    <message>
      <source>filled in</source>
      <translation>terisi</translation>
    </message>
    <message>
      <source>to fill in</source>
      <translation>perlu diisi</translation>
    </message>
    <message>
      <source>New person</source>
      <translation>Orang baru</translation>
    </message>
    <message>
      <source>Personnel</source>
      <translation>Personil</translation>
    </message>
    <message>
      <source>Assessor certificates</source>
      <translation>Sertifikat asesor</translation>
    </message>
    <message>
      <source>Website</source>
      <translation>Situs web</translation>
    </message>
    <message>
      <source>Competency packages</source>
      <translation>Paket kompetensi</translation>
    </message>
    <message>
      <source>Units of the selected package</source>
      <translation>Unit dari paket terpilih</translation>
    </message>
    <message>
      <source>Competency units</source>
      <translation>Unit kompetensi</translation>
    </message>
    <message>
      <source>Assessors are the people of the roster (item 1) with the role Asesor.</source>
      <translation>Asesor adalah personil di daftar (butir 1) dengan peran Asesor.</translation>
    </message>
    <message>
      <source>LSP social media</source>
      <translation>Sosial media LSP</translation>
    </message>
    <message>
      <source>Status: {state}</source>
      <translation>Status: {state}</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nama</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Unsur</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>Email</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telepon</translation>
    </message>
    <message>
      <source>SIAPkerja status</source>
      <translation>Status SIAPkerja</translation>
    </message>
    <message>
      <source>Add person</source>
      <translation>Tambah orang</translation>
    </message>
    <message>
      <source>Remove selected</source>
      <translation>Hapus yang dipilih</translation>
    </message>
    <message>
      <source>Import from Excel/CSV…</source>
      <translation>Impor dari Excel/CSV…</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Ekspor…</translation>
    </message>
    <message>
      <source>This NIK appears more than once.</source>
      <translation>NIK ini muncul lebih dari sekali.</translation>
    </message>
    <message>
      <source>Assessor</source>
      <translation>Asesor</translation>
    </message>
    <message>
      <source>Reg. no. (MET)</source>
      <translation>No. Reg. (MET)</translation>
    </message>
    <message>
      <source>Blank no.</source>
      <translation>No. Blanko</translation>
    </message>
    <message>
      <source>Issued (YYYY-MM-DD)</source>
      <translation>Terbit (TTTT-BB-HH)</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>Berlaku sampai</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Bidang</translation>
    </message>
    <message>
      <source>Code / scheme number</source>
      <translation>Kode / nomor skema</translation>
    </message>
    <message>
      <source>English name</source>
      <translation>Nama Bahasa Inggris</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Jenis</translation>
    </message>
    <message>
      <source>Reference (e.g. SKKNI)</source>
      <translation>Acuan (mis. SKKNI)</translation>
    </message>
    <message>
      <source>Unit code</source>
      <translation>Kode unit</translation>
    </message>
    <message>
      <source>Unit title</source>
      <translation>Judul unit</translation>
    </message>
    <message>
      <source>English title</source>
      <translation>Judul Bahasa Inggris</translation>
    </message>
    <message>
      <source>Add package</source>
      <translation>Tambah paket</translation>
    </message>
    <message>
      <source>Remove package</source>
      <translation>Hapus paket</translation>
    </message>
    <message>
      <source>Add unit</source>
      <translation>Tambah unit</translation>
    </message>
    <message>
      <source>Remove unit</source>
      <translation>Hapus unit</translation>
    </message>
    <message>
      <source>{done} of {total} people have submitted</source>
      <translation>{done} dari {total} orang sudah submit</translation>
    </message>
    <message>
      <source>NEW-CODE</source>
      <translation>KODE-BARU</translation>
    </message>
    <message>
      <source>KTP</source>
      <translation>KTP</translation>
    </message>
    <message>
      <source>Technical certificate</source>
      <translation>Sertifikat Kompetensi Teknis</translation>
    </message>
    <message>
      <source>Diploma</source>
      <translation>Ijazah</translation>
    </message>
    <message>
      <source>Photo (red background)</source>
      <translation>Pasfoto (latar merah)</translation>
    </message>
    <message>
      <source>Prepare the Drive folder: each assessor's documents</source>
      <translation>Siapkan folder Drive: dokumen setiap asesor</translation>
    </message>
    <message>
      <source>Export folder for Drive…</source>
      <translation>Ekspor folder untuk Drive…</translation>
    </message>
    <message>
      <source>Training participant (IT staff)</source>
      <translation>Peserta pelatihan (staf IT)</translation>
    </message>
    <message>
      <source>Copy link</source>
      <translation>Salin tautan</translation>
    </message>
    <message>
      <source>Open in browser</source>
      <translation>Buka di peramban</translation>
    </message>
    <message>
      <source>Drop each assessor's KTP, technical certificate, diploma and red-background photo here; then export the folder and upload it to Google Drive when online.</source>
      <translation>Taruh KTP, sertifikat kompetensi teknis, ijazah dan pasfoto berlatar merah setiap asesor di sini; lalu ekspor foldernya dan unggah ke Google Drive saat ada internet.</translation>
    </message>
    <message>
      <source>Export folder for Drive</source>
      <translation>Ekspor folder untuk Drive</translation>
    </message>
    <message>
      <source>Add assessors to the roster (item 1) first.</source>
      <translation>Tambahkan asesor ke daftar personil (butir 1) dulu.</translation>
    </message>
    <message>
      <source>{n} files written to {path}: upload this folder to Google Drive and share it as "Anyone with the link".</source>
      <translation>{n} berkas ditulis ke {path}: unggah folder ini ke Google Drive dan bagikan dengan akses "Siapa saja yang memiliki link".</translation>
    </message>
    <message>
      <source>Everything that applies is ready. Next step: register for the training at {link}</source>
      <translation>Semua butir yang wajib sudah siap. Langkah berikutnya: daftar pelatihan di {link}</translation>
    </message>
    <message>
      <source>drop here</source>
      <translation>taruh di sini</translation>
    </message>
    <message>
      <source>Import preview</source>
      <translation>Pratinjau impor</translation>
    </message>
    <message>
      <source>add</source>
      <translation>ditambah</translation>
    </message>
    <message>
      <source>update</source>
      <translation>diperbarui</translation>
    </message>
    <message>
      <source>rejected</source>
      <translation>ditolak</translation>
    </message>
    <message>
      <source>Import from Excel or CSV</source>
      <translation>Impor dari Excel atau CSV</translation>
    </message>
    <message>
      <source>Import cancelled; nothing was written.</source>
      <translation>Impor dibatalkan; tidak ada yang disimpan.</translation>
    </message>
    <message>
      <source>Export to Excel or CSV</source>
      <translation>Ekspor ke Excel atau CSV</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Baris</translation>
    </message>
    <message>
      <source>Name / code</source>
      <translation>Nama / kode</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Hasil</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Alasan</translation>
    </message>
    <message>
      <source>Reading {name}…</source>
      <translation>Membaca {name}…</translation>
    </message>
    <message>
      <source>{n} rows imported; {r} rejected rows were left out.</source>
      <translation>{n} baris diimpor; {r} baris yang ditolak tidak diimpor.</translation>
    </message>
    <message>
      <source>Saved {path}</source>
      <translation>Tersimpan: {path}</translation>
    </message>
    <message>
      <source>Import {n} rows</source>
      <translation>Impor {n} baris</translation>
    </message>
    <message>
      <source>{add} rows will be added, {update} updated, {reject} rejected. Rejected rows are not imported.</source>
      <translation>{add} baris akan ditambah, {update} diperbarui, {reject} ditolak. Baris yang ditolak tidak diimpor.</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Berkas</translation>
    </message>
    <message>
      <source>&amp;New workspace…</source>
      <translation>Ruang kerja &amp;baru…</translation>
    </message>
    <message>
      <source>&amp;Open workspace…</source>
      <translation>&amp;Buka ruang kerja…</translation>
    </message>
    <message>
      <source>Recent workspaces</source>
      <translation>Ruang kerja terakhir</translation>
    </message>
    <message>
      <source>&amp;Export bundle…</source>
      <translation>&amp;Ekspor bundel…</translation>
    </message>
    <message>
      <source>&amp;Verify bundle…</source>
      <translation>&amp;Periksa bundel…</translation>
    </message>
    <message>
      <source>Open &amp;bundle…</source>
      <translation>Buka b&amp;undel…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Keluar</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Sunting</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Urungkan</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Ulangi</translation>
    </message>
    <message>
      <source>Choose a file for the selected item…</source>
      <translation>Pilih berkas untuk butir terpilih…</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>B&amp;ahasa</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>Ban&amp;tuan</translation>
    </message>
    <message>
      <source>&amp;About LSP Desktop</source>
      <translation>&amp;Tentang LSP Desktop</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Kemajuan</translation>
    </message>
    <message>
      <source>Checklist of requirements</source>
      <translation>Daftar periksa persyaratan</translation>
    </message>
    <message>
      <source>New workspace</source>
      <translation>Ruang kerja baru</translation>
    </message>
    <message>
      <source>Open workspace</source>
      <translation>Buka ruang kerja</translation>
    </message>
    <message>
      <source>About LSP Desktop</source>
      <translation>Tentang LSP Desktop</translation>
    </message>
    <message>
      <source>(LSP name not filled in yet)</source>
      <translation>(nama LSP belum diisi)</translation>
    </message>
    <message>
      <source>Make a PDF?</source>
      <translation>Jadikan PDF?</translation>
    </message>
    <message>
      <source>Make PDF</source>
      <translation>Jadikan PDF</translation>
    </message>
    <message>
      <source>Make the photo smaller?</source>
      <translation>Perkecil foto?</translation>
    </message>
    <message>
      <source>Make smaller</source>
      <translation>Perkecil</translation>
    </message>
    <message>
      <source>Attach as it is</source>
      <translation>Lampirkan apa adanya</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Semua berkas (*)</translation>
    </message>
    <message>
      <source>The original file is no longer in its folder; the copy in the workspace is safe.</source>
      <translation>Berkas asli sudah tidak ada di foldernya; salinan di ruang kerja tetap aman.</translation>
    </message>
    <message>
      <source>LSP Desktop — {name}</source>
      <translation>LSP Desktop — {name}</translation>
    </message>
    <message>
      <source>Choose a file for {title}</source>
      <translation>Pilih berkas untuk {title}</translation>
    </message>
    <message>
      <source>{name} removed. Undo with Ctrl+Z (Edit &gt; Undo).</source>
      <translation>{name} dihapus. Batalkan dengan Ctrl+Z (Sunting &gt; Urungkan).</translation>
    </message>
    <message>
      <source>That file already exists; choose another name.</source>
      <translation>Berkas itu sudah ada; pilih nama lain.</translation>
    </message>
    <message>
      <source>LSP Desktop {version}

Prepare, offline, what the BNSP circular {circular} asks of an LSP, check every file, and export one bundle to hand off.

Your data stays on this laptop.</source>
      <translation>LSP Desktop {version}

Menyiapkan secara luring semua yang diminta surat edaran BNSP {circular} dari LSP, memeriksa setiap berkas, dan mengekspor satu bundel untuk diserahkan.

Data Anda tetap di laptop ini.</translation>
    </message>
    <message>
      <source>This item asks for a PDF. Turn the {n} photo(s) into one PDF, a page per photo in file-name order? Your photos are not changed.</source>
      <translation>Butir ini meminta PDF. Jadikan {n} foto ini satu PDF, satu halaman per foto, urut nama berkas? Foto asli Anda tidak diubah.</translation>
    </message>
    <message>
      <source>{name} is over 2 MB. Attach a smaller copy instead? The original is not changed.</source>
      <translation>{name} lebih dari 2 MB. Lampirkan salinan yang diperkecil? Berkas asli tidak diubah.</translation>
    </message>
    <message>
      <source>— choose —</source>
      <translation>— pilih —</translation>
    </message>
    <message>
      <source>The LSP uses a Special Work Competence Standard (SKKK)</source>
      <translation>LSP memakai Standar Kompetensi Kerja Khusus (SKKK)</translation>
    </message>
    <message>
      <source>LSP name</source>
      <translation>Nama LSP</translation>
    </message>
    <message>
      <source>Licence number</source>
      <translation>Nomor lisensi</translation>
    </message>
    <message>
      <source>LSP type</source>
      <translation>Jenis LSP</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Kategori</translation>
    </message>
    <message>
      <source>The profile decides which items of the circular apply to your LSP. Changes are saved at once.</source>
      <translation>Profil menentukan butir surat edaran mana yang wajib bagi LSP Anda. Perubahan langsung tersimpan.</translation>
    </message>
    <message>
      <source>Licence numbers usually look like BNSP-LSP-2629-ID; check it.</source>
      <translation>Nomor lisensi biasanya seperti BNSP-LSP-2629-ID; periksa kembali.</translation>
    </message>
    <message>
      <source>Rule: data entered in the application.</source>
      <translation>Ketentuan: data diisi di aplikasi.</translation>
    </message>
    <message>
      <source>Findings</source>
      <translation>Hasil pemeriksaan</translation>
    </message>
    <message>
      <source>Rule: a Google Drive folder link holding the documents.</source>
      <translation>Ketentuan: tautan folder Google Drive yang memuat dokumennya.</translation>
    </message>
    <message>
      <source>Drag the file here, or click Choose file…</source>
      <translation>Tarik berkas ke sini, atau klik Pilih berkas…</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Pratinjau</translation>
    </message>
    <message>
      <source>Choose file…</source>
      <translation>Pilih berkas…</translation>
    </message>
    <message>
      <source>Replace…</source>
      <translation>Ganti…</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Hapus</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Buka</translation>
    </message>
    <message>
      <source>Show in folder</source>
      <translation>Tampilkan di folder</translation>
    </message>
    <message>
      <source>Google Drive link</source>
      <translation>Tautan Google Drive</translation>
    </message>
    <message>
      <source>Save link</source>
      <translation>Simpan tautan</translation>
    </message>
    <message>
      <source>Preview…</source>
      <translation>Pratinjau…</translation>
    </message>
    <message>
      <source>No preview</source>
      <translation>Tidak ada pratinjau</translation>
    </message>
    <message>
      <source>Rule: {formats} file, at most {mb} MB, one file.</source>
      <translation>Ketentuan: berkas {formats}, maks. {mb} MB, satu berkas.</translation>
    </message>
    <message>
      <source>Drop zone for {title}</source>
      <translation>Tempat menaruh berkas untuk {title}</translation>
    </message>
    <message>
      <source>Meets the rules of the circular.</source>
      <translation>Memenuhi ketentuan surat edaran.</translation>
    </message>
    <message>
      <source>{n} pages</source>
      <translation>{n} halaman</translation>
    </message>
    <message>
      <source>Checking {name}…</source>
      <translation>Memeriksa {name}…</translation>
    </message>
    <message>
      <source>Added {when}</source>
      <translation>Ditambahkan {when}</translation>
    </message>
    <message>
      <source>The workspace {path} is no longer there: perhaps it is on a USB stick that is not plugged in, or it was moved. It has been taken off the list of recent workspaces. Plug the stick in, then open it with File &gt; Open workspace…</source>
      <translation>Ruang kerja {path} tidak ditemukan lagi: mungkin ada di flashdisk yang tidak terpasang, atau sudah dipindahkan. Ruang kerja ini dihapus dari daftar ruang kerja terakhir. Pasang flashdisk-nya, lalu buka lewat Berkas &gt; Buka ruang kerja…</translation>
    </message>
    <message>
      <source>Details of the selected item</source>
      <translation>Rincian butir yang dipilih</translation>
    </message>
    <message>
      <source>ready</source>
      <translation>siap</translation>
    </message>
    <message>
      <source>Export bundle…</source>
      <translation>Ekspor bundel…</translation>
    </message>
    <message>
      <source>Circular {number}</source>
      <translation>Surat edaran {number}</translation>
    </message>
    <message>
      <source>Every item that applies is ready.</source>
      <translation>Semua butir yang berlaku sudah siap.</translation>
    </message>
    <message>
      <source>Next step: export the bundle and upload it to the BNSP information system, then register for the training at {link}.</source>
      <translation>Langkah berikutnya: ekspor bundel dan unggah ke sistem informasi BNSP, lalu daftar pelatihan di {link}.</translation>
    </message>
  </context>
</TS>
