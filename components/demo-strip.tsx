// The strip every page shows while the demo accounts exist: their password is public.
export function DemoStrip() {
  return (
    <div className="demo-strip" role="note">
      Демонстрационный режим: в базе есть демо-учётные записи с общеизвестным паролем. Не вносите реальные персональные данные.
    </div>
  );
}
