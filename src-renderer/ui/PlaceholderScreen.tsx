import './placeholder-screen.css';

type PlaceholderScreenProps = { title: string; sentence: string };

/** An honest empty screen: what it is and that it comes later, nothing pretending to work. */
export function PlaceholderScreen({ title, sentence }: PlaceholderScreenProps) {
  return (
    <div className="placeholder-screen">
      <h1 className="screen-title">{title}</h1>
      <p className="placeholder-screen__sentence">{sentence}</p>
    </div>
  );
}
